package org.redline.version;

import java.util.Collection;
import java.util.function.Function;

/** How many points fall in each change class between two versions. */
public record ChangeCounts(int added, int removed, int modified, int renumbered, int unchanged, int unknown) {

    public static final ChangeCounts NONE = new ChangeCounts(0, 0, 0, 0, 0, 0);

    public static ChangeCounts of(Collection<ChangeKind> kinds) {
        return of(kinds, Function.identity());
    }

    /** Counts {@code items} by their change class, without building a list of the classes. */
    public static <T> ChangeCounts of(Collection<T> items, Function<? super T, ChangeKind> kind) {
        int[] n = new int[ChangeKind.values().length];
        items.forEach(item -> n[kind.apply(item).ordinal()]++);
        return new ChangeCounts(
                n[ChangeKind.ADDED.ordinal()],
                n[ChangeKind.REMOVED.ordinal()],
                n[ChangeKind.MODIFIED.ordinal()],
                n[ChangeKind.RENUMBERED.ordinal()],
                n[ChangeKind.UNCHANGED.ordinal()],
                n[ChangeKind.UNKNOWN.ordinal()]);
    }

    public int changed() {
        return added + removed + modified + renumbered;
    }
}
