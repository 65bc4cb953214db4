package org.redline.version.internal;

/** How many points one version holds in each status. */
public record PointTally(int agreed, int bracketed, int removed, int unknown) {

    /** Points the version states as in force: agreed or bracketed. */
    public int live() {
        return agreed + bracketed;
    }

    public int total() {
        return agreed + bracketed + removed + unknown;
    }
}
