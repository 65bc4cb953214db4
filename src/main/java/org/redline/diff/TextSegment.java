package org.redline.diff;

/** A run of a word-level text diff: {@code equal}, {@code deleted} or {@code inserted}. */
public record TextSegment(String kind, String text) {
    public static final String EQUAL = "equal";
    public static final String DELETED = "deleted";
    public static final String INSERTED = "inserted";
}
