package org.redline.importing;

import java.util.List;
import org.redline.alignment.Alignment;
import org.redline.version.Draft;
import org.redline.version.ExpectedLatest;
import org.redline.version.RecordedVersion;
import org.redline.version.VersionView;
import org.redline.version.Versions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The importing feature's one entry: read a draft as an editor sends it, align its points with the
 * version it derives from, and record it. Editors' uploads and the fixture loader both come here.
 */
@Service
public class DraftImport {

    private final Versions versions;
    private final Alignment alignment;

    DraftImport(Versions versions, Alignment alignment) {
        this.versions = versions;
        this.alignment = alignment;
    }

    public Draft parse(byte[] body, DraftFormat format) {
        return switch (format) {
            case JSON -> JsonDraftReader.read(body);
        };
    }

    @Transactional
    public RecordedVersion record(String document, byte[] body, DraftFormat format, ExpectedLatest expected, String editor) {
        var draft = parse(body, format);
        var base = versions.base(document, draft.derivedFrom());
        var aligned = alignment.align(draft, base.map(VersionView::points).orElse(List.of())).draft();
        // Pin the base the draft was aligned against, so recording cannot pick a newer "latest".
        var pinned = base.map(b -> aligned.withDerivedFrom(Integer.toString(b.summary().number()))).orElse(aligned);
        return versions.record(document, pinned, expected, editor);
    }
}
