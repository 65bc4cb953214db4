package org.redline.history;

public class PointNotFound extends RuntimeException {
    public PointNotFound(String document, String key) {
        super("Document '" + document + "' has no point with key '" + key + "'");
    }
}
