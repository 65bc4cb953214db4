package org.redline.importing.internal;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The numbers an OpenDocument list shows, which the file does not store: each level of a list style
 * ({@code text:list-level-style-number}) gives its format ({@code 1}, {@code a}, {@code I}...), start,
 * prefix, suffix and how many levels above it the label repeats ({@code text:display-levels}).
 */
final class OdfListStyles {

    private final Map<String, Element> styles = new HashMap<>();

    OdfListStyles(Document... documents) {
        for (var document : documents) {
            if (document != null) {
                document.select("text|list-style").forEach(style -> styles.putIfAbsent(style.attr("style:name"), style));
            }
        }
    }

    /**
     * Counts the next item at {@code level} (0-based) and returns its label ({@code 3.}), {@code ""} for a
     * bullet or an unnumbered level.
     *
     * @param startValue the item's own {@code text:start-value}, or empty
     */
    String next(String styleName, int level, int[] count, String startValue) {
        int at = Math.min(level, count.length - 1);
        var levelStyle = levelStyle(styleName, at);
        if (levelStyle == null || !levelStyle.tagName().equals("text:list-level-style-number")) {
            return "";
        }
        if (!startValue.isEmpty()) {
            count[at] = ListLabels.number(startValue, 1);
        } else {
            count[at] = count[at] == 0 ? ListLabels.number(levelStyle.attr("text:start-value"), 1) : count[at] + 1;
        }
        for (int deeper = at + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        var format = levelStyle.attr("style:num-format");
        if (format.isEmpty()) {
            return "";
        }
        if (at == 0 && !format.equals("1")) {
            // letters and Roman numerals read as a list numbered (a), (iv) throughout, as in pasted text
            return "(" + ListLabels.writtenAsLetter(count[0], format).toLowerCase(java.util.Locale.ROOT) + ")";
        }
        int shown = Math.max(1, Math.min(at + 1, ListLabels.number(levelStyle.attr("text:display-levels"), 1)));
        var label = new StringBuilder();
        for (int i = at + 1 - shown; i <= at; i++) {
            var style = levelStyle(styleName, i);
            var itsFormat = style == null ? "1" : style.attr("style:num-format");
            label.append(i > at + 1 - shown ? "." : "").append(ListLabels.writtenAsLetter(Math.max(count[i], 1), itsFormat));
        }
        return (levelStyle.attr("style:num-prefix") + label + levelStyle.attr("style:num-suffix")).strip();
    }

    private Element levelStyle(String styleName, int level) {
        var style = styleName == null ? null : styles.get(styleName);
        if (style == null) {
            return null;
        }
        for (var child : style.children()) {
            if (child.attr("text:level").equals(Integer.toString(level + 1))) {
                return child;
            }
        }
        return null;
    }
}
