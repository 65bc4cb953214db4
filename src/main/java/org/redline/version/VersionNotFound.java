package org.redline.version;

public class VersionNotFound extends RuntimeException {
    private final String id;

    public VersionNotFound(String document, String id) {
        super("Document '" + document + "' has no version '" + id + "' (give a version number or ref)");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
