package org.redline.importing.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import org.redline.importing.DraftImport;
import org.redline.text.TextGate;
import org.redline.version.DraftRejected;

/**
 * The path every format but JSON ends on: text (as sent, or as read out of a file) with an optional
 * front-matter block, its points found by a Markdown or numbered-text reader, the metadata beside it
 * put over it, and the editor's key overrides applied.
 */
final class TextDrafts {

    private TextDrafts() {
    }

    /** Reads the points out of text, the number of its first line given for error messages. */
    interface PointReader extends BiFunction<String, Integer, List<ParsedPoint>> {
    }

    static DraftImport.Parsed parse(DraftFormat format, String text, DraftUpload upload, PointReader points) {
        checkLines(text);
        var frontMatter = FrontMatter.of(text);
        var metadata = Metadata.of(frontMatter, upload.parameters());
        return parse(format, points.apply(frontMatter.body(), frontMatter.bodyLine()), metadata, List.of());
    }

    static DraftImport.Parsed parse(DraftFormat format, List<ParsedPoint> points, Metadata metadata, List<String> notes) {
        var draftPoints = ParsedPoint.toDraftPoints(points);
        var overrides = metadata.overrides(draftPoints);
        try {
            return new DraftImport.Parsed(format, metadata.draft(overrides.applyTo(draftPoints)), overrides.markedNew(), notes);
        } catch (DraftRejected e) {
            throw ParsedPoint.located(e, points);
        }
    }

    /**
     * Markdown and numbered text through the text gate line by line, before the readers fold whitespace
     * (Java folds U+001C-U+001F with it), so a control character is refused at its line, as in JSON at its field.
     */
    private static void checkLines(String text) {
        var lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            TextGate.clean("line " + (i + 1), lines[i], TextGate.Shape.LINES, Integer.MAX_VALUE, DraftRejected::new);
        }
    }

    /** Strict UTF-8: an undecodable byte is refused, never turned into a replacement character. */
    static String decode(byte[] body) {
        try {
            var text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new DraftRejected("body", "is not valid UTF-8 text; save the draft as UTF-8 and send it again");
        }
    }
}
