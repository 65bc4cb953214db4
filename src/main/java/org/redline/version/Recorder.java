package org.redline.version;

import java.time.Instant;

/** Who recorded a version, and when. */
public record Recorder(String editor, Instant at) {

    public Recorder {
        if (editor == null || editor.isBlank()) {
            throw new IllegalArgumentException("a version is always recorded by someone");
        }
        if (at == null) {
            throw new IllegalArgumentException("a version is always recorded at some time");
        }
        editor = editor.strip();
    }
}
