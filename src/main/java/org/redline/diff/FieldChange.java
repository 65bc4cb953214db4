package org.redline.diff;

/** A field whose value differs between the two versions. */
public record FieldChange(String field, Object before, Object after) {
}
