package org.redline.importing.internal;

import java.util.Locale;

/** List numbers written as documents write them: Word's formats and the letters HTML and ODF use for them. */
final class ListLabels {

    private ListLabels() {
    }

    static String written(int value, String format) {
        return switch (format) {
            case "lowerLetter" -> letters(value);
            case "upperLetter" -> letters(value).toUpperCase(Locale.ROOT);
            case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(value);
            case "decimalZero" -> (value < 10 ? "0" : "") + value;
            default -> Integer.toString(value);
        };
    }

    /** a..z, then aa, bb as Word writes them. */
    private static String letters(int value) {
        if (value < 1) {
            return Integer.toString(value);
        }
        char letter = (char) ('a' + (value - 1) % 26);
        return String.valueOf(letter).repeat((value - 1) / 26 + 1);
    }

    private static String roman(int value) {
        if (value < 1 || value > 3999) {
            return Integer.toString(value);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        var out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (value >= values[i]) {
                out.append(symbols[i]);
                value -= values[i];
            }
        }
        return out.toString();
    }

    /** HTML's {@code type} and ODF's {@code style:num-format}: {@code 1}, {@code a}, {@code A}, {@code i}, {@code I}. */
    static String writtenAsLetter(int value, String type) {
        return switch (type) {
            case "a" -> written(value, "lowerLetter");
            case "A" -> written(value, "upperLetter");
            case "i" -> written(value, "lowerRoman");
            case "I" -> written(value, "upperRoman");
            default -> Integer.toString(value);
        };
    }

    static int number(String text, int otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
