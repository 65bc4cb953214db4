package org.redline.version.internal;

import java.util.Optional;
import org.redline.document.DocumentView;
import org.redline.version.DraftRejected;
import org.redline.version.ExpectedLatest;
import org.redline.version.LatestVersionMoved;
import org.redline.version.VersionView;
import org.springframework.stereotype.Component;

/** The lookups every version use case shares: a version by number or ref, the latest, a draft's base. */
@Component
public class VersionLookup {

    private final VersionRepository versions;
    private final VersionPoints points;
    private final VersionHeads heads;

    VersionLookup(VersionRepository versions, VersionPoints points, VersionHeads heads) {
        this.versions = versions;
        this.points = points;
        this.heads = heads;
    }

    /** The document's latest version number, after checking it is the one the writer expects. */
    public int checkedLatest(DocumentView document, ExpectedLatest expected) {
        int latest = heads.latest(document.id());
        if (!expected.matches(latest)) {
            throw new LatestVersionMoved(document.slug(), expected.number(),
                    versions.findByDocumentIdAndNumber(document.id(), latest).map(Version::link).orElse(null));
        }
        return latest;
    }

    public Optional<Version> resolveBase(DocumentView document, String derivedFrom) {
        if (derivedFrom == null) {
            return latest(document);
        }
        return Optional.of(find(document, derivedFrom).orElseThrow(() -> new DraftRejected("derivedFrom",
                "document '" + document.slug() + "' has no version '" + derivedFrom + "' to derive from")));
    }

    public Optional<Version> latest(DocumentView document) {
        int latest = heads.latest(document.id());
        return latest == 0 ? Optional.empty() : versions.findByDocumentIdAndNumber(document.id(), latest);
    }

    public Optional<Version> find(DocumentView document, String id) {
        if (id != null && id.matches("[0-9]{1,9}")) {
            return versions.findByDocumentIdAndNumber(document.id(), Integer.parseInt(id));
        }
        return versions.findByDocumentIdAndRef(document.id(), id);
    }

    public VersionView view(String slug, Version version) {
        return new VersionView(slug, version.summary(), points.of(version.id()));
    }
}
