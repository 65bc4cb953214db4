package org.redline.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.redline.importing.internal.DraftUpload;
import org.redline.version.DraftPoint;

/** Reads a Markdown draft as recording reads it, for tests outside this package (no alignment, no keys). */
public final class MarkdownDrafts {

    private MarkdownDrafts() {
    }

    public static List<DraftPoint> points(String markdown) {
        var upload = new DraftUpload(markdown.getBytes(StandardCharsets.UTF_8), "text/markdown", "version.md",
                Map.of("label", List.of("read back")));
        return DraftImport.read(upload).draft().points();
    }
}
