package org.redline.history.internal;

/** Narrows the change log; any part may be null. */
public record ChangeFilter(String key, String field, String author, Integer version) {

    public static final ChangeFilter NONE = new ChangeFilter(null, null, null, null);

    public ChangeFilter {
        key = blankToNull(key);
        field = blankToNull(field);
        author = blankToNull(author);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
