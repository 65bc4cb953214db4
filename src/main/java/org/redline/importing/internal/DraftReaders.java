package org.redline.importing.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The one place the formats are registered, and how the reader for a body is chosen: by its declared
 * Content-Type; with no type or a generic one, by the file name's extension, else by looking at the
 * body. Binary formats come first, so a PDF is never decoded as text.
 */
public final class DraftReaders {

    private static final List<DraftReader> READERS = List.of(new DocxDraftReader(), new OdtDraftReader(), new PdfDraftReader(),
            new HtmlDraftReader(), new JsonDraftReader(), new MarkdownDraftReader(), new TextDraftReader());
    /** Types that say nothing about the format: the name or the body tells. */
    private static final Set<String> GENERIC = Set.of("", "application/octet-stream", "binary/octet-stream",
            "application/zip", "application/x-zip-compressed", "application/x-download", "application/unknown");

    private DraftReaders() {
    }

    public static DraftReader readerFor(DraftUpload upload) {
        var type = mediaType(upload.contentType());
        if (!GENERIC.contains(type)) {
            return READERS.stream().filter(r -> r.acceptsType(type)).findFirst()
                    .orElseThrow(() -> new UnsupportedDraftFormat(upload.contentType()));
        }
        var name = upload.filename() == null ? "" : upload.filename().toLowerCase(Locale.ROOT);
        var byName = READERS.stream().filter(r -> !name.isEmpty() && r.acceptsName(name)).findFirst();
        if (byName.isPresent()) {
            return byName.get();
        }
        Supplier<String> text = memoised(() -> TextDrafts.decode(upload.body()));
        return READERS.stream().filter(r -> r.recognises(upload.body(), text)).findFirst()
                .orElseThrow(() -> new UnsupportedDraftFormat(upload.contentType(), "cannot tell the draft's format: it is not "
                        + "a Word, OpenDocument, PDF or HTML file, a JSON object, a Markdown table with a text column or numbered "
                        + "lines ('1. text'); send its Content-Type or its file name"));
    }

    /** Whether a file of this name is a draft some reader takes (the folder import picks these up). */
    static boolean knowsName(String fileName) {
        return formatOfName(fileName) != null;
    }

    static DraftFormat formatOfName(String fileName) {
        var name = fileName.toLowerCase(Locale.ROOT);
        return READERS.stream().filter(r -> r.acceptsName(name)).map(DraftReader::format).findFirst().orElse(null);
    }

    static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static Supplier<String> memoised(Supplier<String> supplier) {
        var cell = new String[1];
        return () -> cell[0] != null ? cell[0] : (cell[0] = supplier.get());
    }
}
