package org.redline.version;

import java.time.Instant;

/**
 * Who recorded a version, and when; for an import, also what the history file said about the version's
 * original recording ({@code original}, null otherwise).
 */
public record Recorder(String editor, Instant at, Provenance original) {

    public Recorder {
        if (editor == null || editor.isBlank()) {
            throw new IllegalArgumentException("a version is always recorded by someone");
        }
        if (at == null) {
            throw new IllegalArgumentException("a version is always recorded at some time");
        }
        editor = editor.strip();
    }

    public Recorder(String editor, Instant at) {
        this(editor, at, null);
    }
}
