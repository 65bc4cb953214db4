package org.redline.version;

/** A draft's ref is already taken by another version of the document. */
public class DuplicateRef extends RuntimeException {
    private final VersionLink existing;

    public DuplicateRef(String document, VersionLink existing) {
        super("Document '" + document + "' already has version " + existing.number() + " with ref '" + existing.ref() + "'");
        this.existing = existing;
    }

    public VersionLink existing() {
        return existing;
    }
}
