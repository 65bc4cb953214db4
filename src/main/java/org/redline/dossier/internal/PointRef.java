package org.redline.dossier.internal;

/** A point of one document, by its key: the same key in every version of that document. */
public record PointRef(String document, String key) {
}
