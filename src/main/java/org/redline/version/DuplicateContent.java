package org.redline.version;

/** A draft states exactly what an existing version states. */
public class DuplicateContent extends RuntimeException {
    private final String document;
    private final VersionLink existing;

    public DuplicateContent(String document, VersionLink existing) {
        super("Version " + existing.number() + " of '" + document + "' already states exactly this content");
        this.document = document;
        this.existing = existing;
    }

    public String document() {
        return document;
    }

    public VersionLink existing() {
        return existing;
    }
}
