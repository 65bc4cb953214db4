package org.redline.importing.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.redline.importing.internal.DraftFormat;
import org.redline.importing.internal.DraftUpload;
import org.redline.web.BadPageRequest;
import org.springframework.web.multipart.MultipartFile;

/**
 * The draft form as submitted: a pasted body or an uploaded file (the file wins when one is chosen),
 * its format, the latest version number the form was rendered with, and the editor's key overrides.
 *
 * @param keys point index (0-based) to the key the editor wants that point to take; blank means "as aligned"
 */
record DraftForm(String body, MultipartFile file, DraftFormat format, Integer expectedLatest, Map<Integer, String> keys) {

    DraftForm {
        format = format == null ? DraftFormat.JSON : format;
        keys = keys == null ? Map.of() : Map.copyOf(keys);
    }

    boolean hasFile() {
        return file != null && !file.isEmpty();
    }

    byte[] content() {
        if (hasFile()) {
            try {
                return file.getBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the uploaded draft", e);
            }
        }
        return body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The draft as the import takes it: the form's format as its type, the key overrides as the
     * import's {@code keys} parameter ({@code #3:military-limits} names the third point; {@code new} marks it new).
     */
    DraftUpload upload() {
        var overrides = new java.util.TreeMap<>(keys).entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> "#" + (e.getKey() + 1) + ":" + e.getValue().strip())
                .collect(java.util.stream.Collectors.joining(","));
        var parameters = overrides.isEmpty() ? Map.<String, List<String>>of() : Map.of("keys", List.of(overrides));
        // a file whose name says its format (report.docx, plan.pdf) is read as that, whatever format is chosen
        var name = hasFile() ? file.getOriginalFilename() : null;
        var type = name != null && DraftUpload.formatOfName(name) != null ? null : format.mediaType();
        return new DraftUpload(content(), type, name, parameters);
    }

    /**
     * The draft as text, for the form to show again (an upload becomes the pasted text from here on; a
     * Word or PDF file is shown as the text read from it, once read).
     */
    String text() {
        var name = hasFile() ? file.getOriginalFilename() : null;
        var format = name == null ? null : DraftUpload.formatOfName(name);
        return format != null && !format.pasteable() ? "" : new String(content(), StandardCharsets.UTF_8);
    }

    /** A form that does not say which version it was rendered against cannot be checked for staleness. */
    int expected() {
        if (expectedLatest == null || expectedLatest < 0) {
            throw new BadPageRequest("expectedLatest",
                    "The form came without the version it was opened against. Open the form again and resubmit.");
        }
        return expectedLatest;
    }
}
