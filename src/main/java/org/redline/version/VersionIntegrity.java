package org.redline.version;

import java.util.ArrayList;
import java.util.List;
import org.redline.document.Documents;
import org.redline.version.internal.Version;
import org.redline.version.internal.VersionContent;
import org.redline.version.internal.VersionHeads;
import org.redline.version.internal.VersionPoints;
import org.redline.version.internal.VersionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whether a document's stored versions still agree with their own records. */
@Service
public class VersionIntegrity {

    private final Documents documents;
    private final VersionRepository versions;
    private final VersionPoints points;
    private final VersionHeads heads;

    VersionIntegrity(Documents documents, VersionRepository versions, VersionPoints points, VersionHeads heads) {
        this.documents = documents;
        this.versions = versions;
        this.points = points;
        this.heads = heads;
    }

    /**
     * Checks a document's versions against their own records: numbers 1..n without gaps, and each
     * version's stored points still hashing to the content hash taken when it was recorded.
     *
     * @return what is wrong, empty when all is well
     */
    @Transactional(readOnly = true)
    public List<String> verify(String slug) {
        var document = documents.get(slug);
        var problems = new ArrayList<String>();
        int expected = 1;
        var all = versions.allOf(document.id());
        var pointsByVersion = points.of(all.stream().map(Version::id).toList());
        for (var version : all) {
            if (version.number() != expected) {
                problems.add("version numbers jump from " + (expected - 1) + " to " + version.number());
            }
            expected = version.number() + 1;
            var stored = pointsByVersion.getOrDefault(version.id(), List.of());
            if (!VersionContent.hash(version.summary().partial(), version.knowledge(), stored).equals(version.contentHash())) {
                problems.add("version " + version.number() + ": stored points do not match its content hash");
            }
        }
        int head = heads.latest(document.id());
        if (head != expected - 1) {
            problems.add("the latest version is recorded as " + head + " but the versions run to " + (expected - 1));
        }
        return problems;
    }
}
