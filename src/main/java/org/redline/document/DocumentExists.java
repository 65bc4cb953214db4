package org.redline.document;

public class DocumentExists extends RuntimeException {
    public DocumentExists(String slug) {
        super("A document '" + slug + "' already exists");
    }
}
