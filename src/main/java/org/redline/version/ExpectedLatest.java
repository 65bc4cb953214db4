package org.redline.version;

/**
 * The latest version number a writer has seen (from the timeline's ETag). Recording is refused when the
 * document has moved on since, so two editors recording at once cannot both build on the same view.
 * {@link #ANY} opts out, for trusted bulk loads.
 */
public record ExpectedLatest(Integer number) {

    public static final ExpectedLatest ANY = new ExpectedLatest(null);

    public ExpectedLatest {
        if (number != null && number < 0) {
            throw new IllegalArgumentException("a version number is never negative");
        }
    }

    public static ExpectedLatest of(int number) {
        return new ExpectedLatest(number);
    }

    /** The entity tag that names a document's latest version ({@code "v3"}, {@code "v0"} when it has none). */
    public static String etag(int latestNumber) {
        return "\"v" + latestNumber + "\"";
    }

    public boolean matches(int latest) {
        return number == null || number == latest;
    }
}
