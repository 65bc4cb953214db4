package org.redline.importing.internal;

import java.util.List;
import java.util.Map;

/**
 * A draft as an editor sends it: the bytes, what they were declared as, and the metadata given
 * beside them (query parameters or form fields: {@code label}, {@code derivedFrom}, {@code keys}...).
 *
 * @param contentType the declared media type, or null to tell the format from the file name or body
 * @param filename the uploaded file's name, or null
 */
public record DraftUpload(byte[] body, String contentType, String filename, Map<String, List<String>> parameters) {

    public DraftUpload {
        body = body == null ? new byte[0] : body;
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /** The format a file name's extension says ({@code plan.docx}), or null when it says none the import reads. */
    public static DraftFormat formatOfName(String fileName) {
        return DraftReaders.formatOfName(fileName);
    }
}
