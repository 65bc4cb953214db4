package org.redline.version;

import java.time.Instant;
import java.util.List;
import org.redline.version.internal.VersionContent;

/**
 * Benchmark-only: builds a {@link VersionView} from a keyed draft the way {@link VersionRecording#record} builds a
 * version's points ({@link VersionContent#points}), without a database, so diff benchmarks compare exactly
 * what the service would store.
 */
public final class BenchViews {

    private BenchViews() {
    }

    public static VersionView of(String document, int number, Draft keyedDraft, VersionView base) {
        var basePoints = base == null ? List.<PointView>of() : base.points();
        var points = VersionContent.points(keyedDraft, basePoints);
        var kinds = VersionContent.changes(basePoints, points);
        return new VersionView(document, summary(number, keyedDraft.ref(), keyedDraft.partial(),
                base == null ? null : base.summary().link(), ChangeCounts.of(kinds.values())), points);
    }

    /** A version of listed, agreed points with the given keys and texts, in order (synthetic documents). */
    public static VersionView synthetic(String document, int number, List<String> keys, List<String> texts) {
        var points = new java.util.ArrayList<PointView>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            points.add(new PointView(keys.get(i), Integer.toString(i + 1), null, texts.get(i), PointStatus.AGREED,
                    true, List.of(), null, i));
        }
        return new VersionView(document, summary(number, null, false, null, ChangeCounts.NONE), points);
    }

    public static VersionSummary summary(int number, String ref, boolean partial, VersionLink derivedFrom,
            ChangeCounts counts) {
        return new VersionSummary(number, ref, "bench version " + number, null, null, VersionStatus.LEAKED, partial,
                derivedFrom, List.of(), null, "bench", Instant.EPOCH, counts);
    }
}
