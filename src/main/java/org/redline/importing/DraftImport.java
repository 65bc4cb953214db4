package org.redline.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.redline.alignment.Alignment;
import org.redline.diff.Diffs;
import org.redline.version.Draft;
import org.redline.version.DraftRejected;
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
    private final Diffs diffs;

    DraftImport(Versions versions, Alignment alignment, Diffs diffs) {
        this.versions = versions;
        this.alignment = alignment;
        this.diffs = diffs;
    }

    public Draft parse(byte[] body, DraftFormat format) {
        return switch (format) {
            case JSON -> JsonDraftReader.read(body);
        };
    }

    @Transactional
    public RecordedVersion record(String document, byte[] body, DraftFormat format, ExpectedLatest expected, String editor) {
        return record(document, body, format, Map.of(), expected, editor);
    }

    /**
     * Records a draft with an editor's key overrides applied before alignment (see {@link #preview}).
     *
     * @param keyOverrides point index (0-based, in the draft's order) to the key that point must take
     */
    @Transactional
    public RecordedVersion record(String document, byte[] body, DraftFormat format, Map<Integer, String> keyOverrides,
            ExpectedLatest expected, String editor) {
        var draft = withKeys(parse(body, format), keyOverrides);
        var base = versions.base(document, draft.derivedFrom());
        var aligned = alignment.align(draft, base.map(VersionView::points).orElse(List.of())).draft();
        return versions.record(document, pinned(aligned, base), expected, editor);
    }

    // --- Preview: parse, align and diff without storing. Kept small and apart, to be merged with the
    // --- richer preview of the text-formats branch.

    /**
     * What recording this draft would do, computed the way {@link #record} computes it but stored nowhere:
     * the parsed draft with its keys, how each point was matched, and the comparison with the version it
     * derives from (with no points for a document's first version). Fails as recording would (bad draft,
     * unknown base, ref or content already taken), so an editor sees the problem before saving.
     */
    @Transactional(readOnly = true)
    public DraftPreview preview(String document, byte[] body, DraftFormat format) {
        return preview(document, body, format, Map.of());
    }

    /** The preview with an editor's key overrides applied, as {@link #record} with the same overrides would record it. */
    @Transactional(readOnly = true)
    public DraftPreview preview(String document, byte[] body, DraftFormat format, Map<Integer, String> keyOverrides) {
        var draft = withKeys(parse(body, format), keyOverrides);
        var base = versions.base(document, draft.derivedFrom());
        var aligned = alignment.align(draft, base.map(VersionView::points).orElse(List.of()));
        var proposed = versions.preview(document, pinned(aligned.draft(), base));
        var from = base.orElse(new VersionView(document, null, List.of()));
        return new DraftPreview(aligned.draft(), aligned.matches(), diffs.between(from, proposed));
    }

    /** Pins the base the draft was aligned against, so recording cannot pick a newer "latest". */
    private static Draft pinned(Draft aligned, java.util.Optional<VersionView> base) {
        return base.map(b -> aligned.withDerivedFrom(Integer.toString(b.summary().number()))).orElse(aligned);
    }

    /** An editor's key for a point wins over the draft's and over alignment. */
    private static Draft withKeys(Draft draft, Map<Integer, String> keyOverrides) {
        if (keyOverrides == null || keyOverrides.isEmpty()) {
            return draft;
        }
        var points = new ArrayList<>(draft.points());
        for (var override : new TreeMap<>(keyOverrides).entrySet()) {
            int index = override.getKey();
            var key = override.getValue() == null ? "" : override.getValue().strip();
            if (key.isEmpty()) {
                continue;
            }
            if (index < 0 || index >= points.size()) {
                throw new DraftRejected("points[" + index + "].key", "the draft has no point " + (index + 1));
            }
            try {
                points.set(index, points.get(index).withKey(key));
            } catch (DraftRejected e) {
                throw e.inside("points[" + index + "]");
            }
        }
        return draft.withPoints(points);
    }
}
