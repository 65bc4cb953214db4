package org.redline.importing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.redline.version.DraftRejected;

/**
 * A front-matter block at the top of a Markdown or text draft: {@code ---}, then {@code name: value}
 * lines, then {@code ---}. One flat line per field (and one per source) keeps it readable to editors
 * and lets every error name its line; it is not YAML.
 *
 * @param fields each field as the block gives it, with its line
 * @param body the draft below the block
 * @param bodyLine the line number of the body's first line in the original text
 */
record FrontMatter(List<Field> fields, String body, int bodyLine) {

    static final Set<String> NAMES = Set.copyOf(Metadata.FIELDS);

    record Field(String name, String value, int line) {
    }

    static FrontMatter of(String text) {
        var lines = text.split("\r?\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first == lines.length || !lines[first].strip().equals("---")) {
            return new FrontMatter(List.of(), text, 1);
        }
        var fields = new ArrayList<Field>();
        for (int i = first + 1; i < lines.length; i++) {
            var line = lines[i].strip();
            int number = i + 1;
            if (line.equals("---") || line.equals("...")) {
                var body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return new FrontMatter(fields, body, i + 2);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new DraftRejected("line " + number, "expected 'name: value' in the front matter opened on line "
                        + (first + 1) + ", or '---' to close it");
            }
            var name = line.substring(0, colon).strip();
            if (!NAMES.contains(name)) {
                throw new DraftRejected("line " + number, "unknown front-matter field '" + name + "'; expected one of " + new TreeSet<>(NAMES));
            }
            fields.add(new Field(name, unquote(line.substring(colon + 1).strip()), number));
        }
        throw new DraftRejected("line " + (first + 1), "front matter opened with '---' is never closed; expected a line '---' after its fields");
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** The fields as name → values with their lines, for {@link Metadata}. */
    Map<String, List<Field>> byName() {
        var map = new java.util.LinkedHashMap<String, List<Field>>();
        fields.forEach(f -> map.computeIfAbsent(f.name(), n -> new ArrayList<>()).add(f));
        return map;
    }
}
