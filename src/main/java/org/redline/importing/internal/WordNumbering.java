package org.redline.importing.internal;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * The numbers Word shows for its automatic list numbering, which a .docx does not store: each list
 * ({@code w:num}) points at a definition ({@code w:abstractNum}) whose levels say where they start,
 * how they are written ({@code decimal}, {@code lowerLetter}, {@code upperRoman}...) and the label
 * around them ({@code %1.}, {@code %1.%2)}). Lists sharing a definition continue one count, as in
 * Word, unless a list restarts a level ({@code w:startOverride}); a deeper level restarts under each
 * item of the level above.
 */
final class WordNumbering {

    private final XWPFDocument document;
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final Set<BigInteger> started = new HashSet<>();

    WordNumbering(XWPFDocument document) {
        this.document = document;
    }

    /** A list item's label as Word shows it ({@code 3.}, {@code b)}), {@code ""} for a bullet, null when not in a list. */
    String label(XWPFParagraph paragraph) {
        var numId = paragraph.getNumID();
        var numbering = document.getNumbering();
        if (numId == null || numbering == null || numId.signum() == 0) {
            return null;
        }
        var num = numbering.getNum(numId);
        var abstractId = numbering.getAbstractNumID(numId);
        var definition = abstractId == null ? null : numbering.getAbstractNum(abstractId);
        if (num == null || definition == null) {
            return null;
        }
        int level = paragraph.getNumIlvl() == null ? 0 : Math.min(8, paragraph.getNumIlvl().intValue());
        var levels = new CTLvl[9];
        for (var lvl : definition.getCTAbstractNum().getLvlArray()) {
            int i = lvl.getIlvl().intValue();
            if (i >= 0 && i < 9) {
                levels[i] = lvl;
            }
        }
        if (levels[level] == null) {
            return null;
        }
        var count = counters.computeIfAbsent(abstractId, id -> new int[9]);
        var override = paragraph.getNumStartOverride();
        if (override != null && started.add(numId)) {
            count[level] = override.intValue() - 1;
        } else if (count[level] == 0) {
            count[level] = start(levels[level]) - 1;
        }
        count[level]++;
        for (int deeper = level + 1; deeper < 9; deeper++) {
            count[deeper] = 0;
        }
        var format = format(levels[level]);
        if (format.equals("bullet") || format.equals("none")) {
            return "";
        }
        if (level == 0 && !format.startsWith("decimal")) {
            // letters and Roman numerals read as a list numbered (a), (iv) throughout, as in pasted text
            return "(" + ListLabels.written(count[0], format).toLowerCase(java.util.Locale.ROOT) + ")";
        }
        var text = levels[level].getLvlText() == null ? "%" + (level + 1) + "." : levels[level].getLvlText().getVal();
        for (int i = 0; i <= level; i++) {
            int value = i == level || count[i] > 0 ? count[i] : levels[i] == null ? 1 : start(levels[i]);
            text = text.replace("%" + (i + 1), levels[i] == null ? Integer.toString(value) : ListLabels.written(value, format(levels[i])));
        }
        return text.strip();
    }

    private static int start(CTLvl level) {
        return level.getStart() == null ? 1 : level.getStart().getVal().intValue();
    }

    private static String format(CTLvl level) {
        return level.getNumFmt() == null ? "decimal" : level.getNumFmt().getVal().toString();
    }
}
