package org.redline.version;

import java.util.List;
import java.util.regex.Pattern;
import org.redline.text.TextGate;

/**
 * One point as a draft gives it. {@code key} may be null until alignment assigns one; {@code number}
 * is null when the draft does not number the point. Texts are normalised (NFC, single spaces) so that
 * reflowed whitespace never reads as a change.
 *
 * @param mergedFrom base keys, other than its own key, whose points this one absorbs (two old points
 *     became this one); empty when it continues at most one point
 * @param splitFrom the base key of the point this one was split off from, while another point of the
 *     draft carries that key on; null when it was not split off
 */
public record DraftPoint(
        String key, String number, String category, String text, PointStatus status, List<String> sourceRefs, String note,
        List<String> mergedFrom, String splitFrom) {

    public static final int MAX_TEXT_CHARS = 100_000;
    static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** 6, 12a, 3.1, 5.1.2, A.5.1, PR.AC-1, 12(3)(a), (iv): a number as the document prints it. */
    static final Pattern NUMBER = Pattern.compile("(?:[0-9A-Za-z]+([.\\-][0-9A-Za-z]+)*(\\([0-9A-Za-z]{1,6}\\))*|\\([0-9A-Za-z]{1,6}\\))");

    public DraftPoint {
        key = key == null ? null : cleanLine("key", key);
        if (key != null && (key.length() > 150 || !KEY.matcher(key).matches())) {
            throw new DraftRejected("key", "must be lowercase letters, digits and single hyphens (at most 150), got '" + key + "'");
        }
        number = cleanLine("number", number);
        if (number != null && (number.length() > 20 || !NUMBER.matcher(number).matches())) {
            throw new DraftRejected("number", "must look like 6, 12a, 3.1, A.5.1 or 12(3)(a) (at most 20 characters), got '" + number + "'");
        }
        category = cleanText("category", category, 300);
        text = cleanText("text", text, MAX_TEXT_CHARS);
        note = cleanText("note", note, MAX_TEXT_CHARS);
        status = status == null ? PointStatus.AGREED : status;
        if (status == PointStatus.UNKNOWN) {
            throw new DraftRejected("status", "a draft cannot mark a point unknown; leave it out of a partial draft instead");
        }
        // A point without text is either removed or a reported change, said in its note; whether the
        // draft may hold such a point (only a reported-only one may) is the draft's rule.
        if (text == null && status != PointStatus.REMOVED && note == null) {
            throw new DraftRejected("text", "is required unless the point's status is removed");
        }
        sourceRefs = sourceRefs == null ? List.of() : checkedRefs(sourceRefs);
        mergedFrom = mergedFrom == null ? List.of() : checkedKeys("mergedFrom", mergedFrom);
        splitFrom = cleanLine("splitFrom", splitFrom);
        if (splitFrom != null) {
            checkedKeys("splitFrom", List.of(splitFrom));
        }
        if (key != null && (mergedFrom.contains(key) || key.equals(splitFrom))) {
            throw new DraftRejected("key", "a point continues its own key already; mergedFrom and splitFrom name other points");
        }
    }

    /** A point that continues at most one point of its base. */
    public DraftPoint(String key, String number, String category, String text, PointStatus status,
            List<String> sourceRefs, String note) {
        this(key, number, category, text, status, sourceRefs, note, List.of(), null);
    }

    public DraftPoint withKey(String newKey) {
        return new DraftPoint(newKey, number, category, text, status, sourceRefs, note, mergedFrom, splitFrom);
    }

    /** The same point with what alignment found about the base points it merges or was split from. */
    public DraftPoint withLineage(List<String> newMergedFrom, String newSplitFrom) {
        return new DraftPoint(key, number, category, text, status, sourceRefs, note, newMergedFrom, newSplitFrom);
    }

    /** Whether a point's key is well formed: lowercase letters, digits and single hyphens. */
    public static boolean validKey(String key) {
        return key != null && key.length() <= 150 && KEY.matcher(key).matches();
    }

    /** Whether a point number is one a draft may carry: 6, 12a, 3.1, A.5.1, PR.AC-1, 12(3)(a), (iv). */
    public static boolean validNumber(String number) {
        return number != null && number.length() <= 20 && NUMBER.matcher(number).matches();
    }

    /** NFC, whitespace runs folded to one space, control characters refused. */
    static String cleanText(String field, String value, int maxChars) {
        return TextGate.clean(field, value, TextGate.Shape.FOLDED, maxChars, DraftRejected::new);
    }

    /** A one-line identifier (number, key, ref) through the text gate first, so no refusal echoes a control character. */
    static String cleanLine(String field, String value) {
        return TextGate.clean(field, value, TextGate.Shape.LINE, 2000, DraftRejected::new);
    }

    private static List<String> checkedKeys(String field, List<String> keys) {
        if (keys.size() > 50) {
            throw new DraftRejected(field, "at most 50 keys");
        }
        for (int i = 0; i < keys.size(); i++) {
            cleanLine(field + (field.equals("splitFrom") ? "" : "[" + i + "]"), keys.get(i));
            if (!validKey(keys.get(i))) {
                throw new DraftRejected(field + (field.equals("splitFrom") ? "" : "[" + i + "]"),
                        "must be a key: lowercase letters, digits and single hyphens, got '" + keys.get(i) + "'");
            }
        }
        if (keys.stream().distinct().count() != keys.size()) {
            throw new DraftRejected(field, "names a key twice");
        }
        return List.copyOf(keys);
    }

    private static List<String> checkedRefs(List<String> refs) {
        if (refs.size() > 100) {
            throw new DraftRejected("sourceRefs", "at most 100 links per point");
        }
        var checked = new java.util.ArrayList<String>(refs.size());
        for (int i = 0; i < refs.size(); i++) {
            try {
                checked.add(Source.checkedUrl(refs.get(i)));
            } catch (DraftRejected e) {
                throw new DraftRejected("sourceRefs[" + i + "]", e.reason());
            }
        }
        return List.copyOf(checked);
    }
}
