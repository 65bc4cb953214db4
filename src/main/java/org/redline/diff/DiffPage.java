package org.redline.diff;

/**
 * One page of a comparison. {@code diff.points()} are the page's points, diffed word by word; its counts
 * cover every point of the two versions.
 *
 * @param changedOnly whether unchanged points were left out before paging
 * @param matching how many points there are to page through (all, or those not unchanged)
 */
public record DiffPage(VersionDiff diff, boolean changedOnly, int page, int size, int matching) {

    /** Pages to show {@code matching} points: at least one, so nothing to show is page 0 of 1. */
    public int totalPages() {
        return (int) Math.max(1, (matching + (long) size - 1) / size);
    }

    /** Points all pages together leave out: the unchanged ones when only changed points are shown. */
    public int hidden() {
        return changedOnly ? diff.counts().unchanged() : 0;
    }
}
