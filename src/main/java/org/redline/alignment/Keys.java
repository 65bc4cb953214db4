package org.redline.alignment;

import com.ibm.icu.text.Transliterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.redline.version.DraftPoint;

/**
 * Readable keys for new points: from the title, else the first words of the text, else the number.
 * Text in other scripts is transliterated to Latin first (ICU), so a Cyrillic point's key reads as its
 * words do; a key is never digits alone.
 */
final class Keys {

    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final int LONGEST = 140;

    private Keys() {
    }

    static String newKey(DraftPoint point, Set<String> used) {
        var base = slug(point.category());
        if (base.isEmpty() && point.text() != null) {
            base = slug(String.join(" ", Arrays.stream(point.text().split("\\s+")).limit(5).toList()));
        }
        if (base.isEmpty() || !base.matches(".*[a-z].*")) {
            var number = slug(point.number());
            base = "point" + (number.isEmpty() ? "" : "-" + number) + (base.isEmpty() || base.equals(number) ? "" : "-" + base);
        }
        if (base.length() > LONGEST) {
            base = base.substring(0, LONGEST).replaceAll("-+$", "");
        }
        var key = base;
        for (int n = 2; used.contains(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String ascii;
        synchronized (TO_ASCII) {
            ascii = TO_ASCII.transliterate(text);
        }
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
