package org.redline.version;

/** A write named a latest version that is no longer the latest. */
public class LatestVersionMoved extends RuntimeException {
    private final int expected;
    private final VersionLink current;

    public LatestVersionMoved(String document, int expected, VersionLink current) {
        super("Document '" + document + "' is at version " + (current == null ? 0 : current.number())
                + ", not " + expected + ": read the timeline again and record against what is there now");
        this.expected = expected;
        this.current = current;
    }

    public int expected() {
        return expected;
    }

    /** The latest version now, or null when the document has none. */
    public VersionLink current() {
        return current;
    }
}
