package org.redline.importing;

import java.util.Locale;

/** The formats a draft can arrive in, and how the one at hand is told. */
public enum DraftFormat {
    JSON("application/json"),
    MARKDOWN("text/markdown"),
    TEXT("text/plain");

    private final String mediaType;

    DraftFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format for a Content-Type header, ignoring parameters such as charset. */
    private static DraftFormat forMediaType(String contentType) {
        var format = declared(contentType);
        if (format == null) {
            throw new UnsupportedDraftFormat(contentType);
        }
        return format;
    }

    /**
     * The format of a body: by its Content-Type when that names one; {@code text/plain} is a Markdown
     * table when it holds one (pasted from a page) and numbered text otherwise; with no type or a
     * generic one, by the file name's extension, else by looking at the body.
     */
    static DraftFormat of(String contentType, String filename, String body) {
        var type = mediaType(contentType);
        if (type.isEmpty() || type.equals("application/octet-stream")) {
            var byName = byExtension(filename);
            return byName != null ? byName : detect(body, contentType);
        }
        if (type.equals("text/plain")) {
            return MarkdownDraftReader.hasDraftTable(body) ? MARKDOWN : TEXT;
        }
        return forMediaType(contentType);
    }

    private static DraftFormat declared(String contentType) {
        var type = mediaType(contentType);
        if (type.equals("application/json") || type.endsWith("+json")) {
            return JSON;
        }
        if (type.equals("text/markdown") || type.equals("text/x-markdown")) {
            return MARKDOWN;
        }
        if (type.equals("text/plain")) {
            return TEXT;
        }
        return null;
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static DraftFormat byExtension(String filename) {
        var name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return JSON;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return TEXT;
        }
        return null;
    }

    private static DraftFormat detect(String body, String contentType) {
        var start = body.stripLeading();
        if (start.startsWith("{")) {
            return JSON;
        }
        if (MarkdownDraftReader.hasDraftTable(FrontMatter.of(body).body())) {
            return MARKDOWN;
        }
        if (TextDraftReader.looksNumbered(body)) {
            return TEXT;
        }
        throw new UnsupportedDraftFormat(contentType, "cannot tell the draft's format: it is not a JSON object, holds no "
                + "Markdown table with a text column and no numbered lines ('1. text'); send Content-Type application/json, "
                + "text/markdown or text/plain");
    }
}
