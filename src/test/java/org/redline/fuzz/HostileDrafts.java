package org.redline.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generator of hostile draft bodies: mutations of a valid draft (truncation, stray bytes,
 * invalid UTF-8, wrong types, absurd values, hostile links, deep nesting). The same seed gives the
 * same inputs, so a failure names its seed and case and can be replayed.
 */
public final class HostileDrafts {

    public static final String VALID = """
            {"id": "fuzz-base", "label": "Fuzz base", "draftDate": "2025-11-20", "reportedDate": "2025-11-21",
             "status": "leaked", "partial": false, "derivedFrom": null,
             "sources": [{"outlet": "Example", "url": "https://example.org/a"}],
             "note": "a note",
             "points": [
               {"number": 1, "category": "Sovereignty", "text": "Ukraine's sovereignty is reconfirmed.", "sourceRefs": ["https://example.org/1"]},
               {"number": 6, "category": "Military Limits", "text": "Armed forces capped at 600,000."},
               {"number": "12a", "category": "Reconstruction", "status": "bracketed", "text": "Fund of $100B."},
               {"number": 26, "category": "Amnesty", "status": "removed"}
             ]}""";

    private static final String[] HOSTILE_VALUES = {
            "null", "true", "-1", "1e400", "99999999999999999999", "\"\"", "\" \"", "[]", "{}", "[[[]]]",
            "\"javascript:alert(1)\"", "\"file:///etc/passwd\"", "\"data:text/html,<script>alert(1)</script>\"",
            "\"<script>alert(1)</script>\"", "\"<img src=x onerror=alert(1)>\"", "\"0000-01-01\"", "\"99999-12-31\"",
            "\"2025-02-30\"", "\"\\u0000\"", "\"\\u0007bell\"", "\"\\ud800\"", "\"a\\u001cb\"", "\"a\\u0085b\"", "\"\\udc00x\"", "\"\\ufffe\"", "\"unknown\"", "\"REMOVED\"",
            "\"" + "x".repeat(120_000) + "\"", "\"../../etc\"", "\"Abc Def\"", "\"1 2\"", "\"--\"",
    };
    private static final String[] FIELDS = {"id", "label", "draftDate", "reportedDate", "status", "partial",
            "derivedFrom", "sources", "note", "points", "number", "category", "text", "sourceRefs", "url", "outlet", "key"};

    private HostileDrafts() {
    }

    public record Case(String name, byte[] body) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static List<Case> generate(long seed, int count) {
        var random = new Random(seed);
        var cases = new ArrayList<Case>(count);
        for (int i = 0; i < count; i++) {
            cases.add(mutate(random, seed + "/" + i));
        }
        return cases;
    }

    private static Case mutate(Random random, String id) {
        var valid = VALID;
        switch (random.nextInt(8)) {
            case 0 -> {
                int at = random.nextInt(valid.length());
                return new Case(id + " truncated at " + at, valid.substring(0, at).getBytes(StandardCharsets.UTF_8));
            }
            case 1 -> {
                var bytes = valid.getBytes(StandardCharsets.UTF_8);
                int at = random.nextInt(bytes.length);
                bytes[at] = (byte) (0x80 + random.nextInt(0x80));
                return new Case(id + " stray byte at " + at, bytes);
            }
            case 2 -> {
                var chars = valid.toCharArray();
                int at = random.nextInt(chars.length);
                var stray = "{}[]\",:\\\u0000\u001f\n";
                chars[at] = stray.charAt(random.nextInt(stray.length()));
                return new Case(id + " stray char at " + at, new String(chars).getBytes(StandardCharsets.UTF_8));
            }
            case 3 -> {
                var field = FIELDS[random.nextInt(FIELDS.length)];
                var value = HOSTILE_VALUES[random.nextInt(HOSTILE_VALUES.length)];
                var replaced = valid.replaceFirst("\"" + field + "\": (\"[^\"]*\"|[^,}\\]]+|\\[[^\\]]*\\])", "\"" + field + "\": "
                        + java.util.regex.Matcher.quoteReplacement(value));
                return new Case(id + " " + field + "=" + abbreviate(value), replaced.getBytes(StandardCharsets.UTF_8));
            }
            case 4 -> {
                int depth = 500 + random.nextInt(5000);
                var nested = "{\"label\": \"x\", \"points\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
                return new Case(id + " nested " + depth, nested.getBytes(StandardCharsets.UTF_8));
            }
            case 5 -> {
                var bytes = new byte[1 + random.nextInt(200)];
                random.nextBytes(bytes);
                return new Case(id + " random bytes", bytes);
            }
            case 6 -> {
                var field = FIELDS[random.nextInt(FIELDS.length)];
                var extra = valid.replaceFirst("\\{", "{\"" + field + "\": 1, ");
                return new Case(id + " repeated " + field, extra.getBytes(StandardCharsets.UTF_8));
            }
            default -> {
                var points = new StringBuilder("{\"label\": \"many\", \"points\": [");
                int n = random.nextInt(3) == 0 ? 20_001 : 1 + random.nextInt(50);
                for (int p = 0; p < n; p++) {
                    points.append(p == 0 ? "" : ",").append("{\"number\": ").append(random.nextInt(10)).append(", \"text\": \"t\"}");
                }
                return new Case(id + " " + n + " points, numbers repeat", points.append("]}").toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 30 ? value.substring(0, 30) + "..." : value;
    }
}
