package org.redline.document;

public class DocumentNotFound extends RuntimeException {
    private final String slug;

    public DocumentNotFound(String slug) {
        super("No document '" + slug + "'");
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
