package org.redline.version;

/** A pointer to another version of the same document. */
public record VersionLink(int number, String ref) {

    /** How a reader names the version: its ref when it has one, else its number. */
    public String id() {
        return ref != null ? ref : Integer.toString(number);
    }
}
