package org.redline.importing.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redline.text.TextGate;
import org.redline.version.Draft;
import org.redline.version.DraftPoint;
import org.redline.version.DraftRejected;
import org.redline.version.Source;
import org.redline.version.VersionStatus;

/**
 * A draft's metadata as it arrives beside the points: in query parameters (or multipart form fields)
 * and, for Markdown and text, in a front-matter block. A query parameter wins over the same front-matter
 * field, so an editor can correct a pasted file without editing it. Each value remembers where it came
 * from, so an error names the parameter or the line.
 */
public final class Metadata {

    public static final List<String> FIELDS = List.of("id", "ref", "label", "draftDate", "reportedDate", "status", "partial",
            "derivedFrom", "note", "source", "keys");

    /** A value as given, through the text gate before anything strips it (Java strips U+001C-U+001F as whitespace). */
    private record Value(String text, String where) {
        Value {
            TextGate.clean(where, text, TextGate.Shape.FOLDED, Integer.MAX_VALUE, DraftRejected::new);
        }
    }

    private final Map<String, List<Value>> values = new LinkedHashMap<>();

    private Metadata() {
    }

    static Metadata of(FrontMatter frontMatter, Map<String, List<String>> parameters) {
        var metadata = new Metadata();
        frontMatter.byName().forEach((name, fields) -> metadata.values.put(name,
                fields.stream().map(f -> new Value(f.value(), "line " + f.line())).toList()));
        parameters.forEach((name, list) -> {
            if (FIELDS.contains(name) && list != null && !list.isEmpty()) {
                metadata.values.put(name, list.stream().map(v -> new Value(v, name)).toList());
            }
        });
        return metadata;
    }

    /** A value the file itself gives (its title), used only where no parameter or front matter gives one. */
    Metadata orDefault(String name, String value) {
        if (value != null && !values.containsKey(name)) {
            values.put(name, List.of(new Value(value, "the file's title")));
        }
        return this;
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** A draft from points read out of Markdown or text; the metadata gives everything else. */
    Draft draft(List<DraftPoint> points) {
        try {
            return new Draft(ref(null), one("label"), date("draftDate"), date("reportedDate"), status(null),
                    bool("partial", false), one("derivedFrom"), sources(List.of()), one("note"), points);
        } catch (DraftRejected e) {
            throw located(e);
        }
    }

    /** A problem with a metadata field, located where the field was given, or told how to give it. */
    private DraftRejected located(DraftRejected e) {
        var field = "id".equals(e.where()) && values.containsKey("ref") && !values.containsKey("id") ? "ref" : e.where();
        if (field != null && values.containsKey(field)) {
            return at(field, e.reason());
        }
        if ("label".equals(field)) {
            return new DraftRejected("label", "is required: give it as a front-matter line 'label: ...' or a query parameter ?label=...");
        }
        return e;
    }

    /** A JSON draft with the metadata given beside it put over its own fields. */
    Draft over(Draft draft) {
        if (values.isEmpty() || values.keySet().equals(Set.of("keys"))) {
            return draft;
        }
        try {
            return overJson(draft);
        } catch (DraftRejected e) {
            throw located(e);
        }
    }

    private Draft overJson(Draft draft) {
        return new Draft(ref(draft.ref()), orElse("label", draft.label()), values.containsKey("draftDate") ? date("draftDate") : draft.draftDate(),
                values.containsKey("reportedDate") ? date("reportedDate") : draft.reportedDate(), status(draft.status()),
                bool("partial", draft.partial()), orElse("derivedFrom", draft.derivedFrom()), sources(draft.sources()),
                orElse("note", draft.note()), draft.points()).withKnowledge(draft.knowledge());
    }

    /**
     * The editor's match overrides, {@code keys=3:military-limits,7:new}: the point numbered 3 takes
     * the key {@code military-limits}, the point numbered 7 is new. {@code #2} names the second point,
     * for drafts without numbers. {@code 3:guarantees+guarantee-conditions} also says the point absorbs
     * {@code guarantee-conditions}: a merge the editor confirms.
     */
    Overrides overrides(List<DraftPoint> points) {
        var keys = new HashMap<Integer, String>();
        var merged = new HashMap<Integer, List<String>>();
        var markedNew = new HashSet<Integer>();
        for (var value : values.getOrDefault("keys", List.of())) {
            for (var entry : value.text().split("[,;]")) {
                if (entry.isBlank()) {
                    continue;
                }
                int colon = entry.indexOf(':');
                if (colon <= 0) {
                    throw new DraftRejected(value.where(), "expected entries such as 3:military-limits or 7:new, got '" + entry.strip() + "'");
                }
                var point = entry.substring(0, colon).strip();
                var named = List.of(entry.substring(colon + 1).strip().split("\\s*\\+\\s*"));
                var key = named.get(0);
                int index = indexOf(points, point, value.where());
                for (var absorbed : named.subList(1, named.size())) {
                    if (!DraftPoint.validKey(absorbed) || absorbed.equals(key)) {
                        throw new DraftRejected(value.where(), "'" + absorbed + "' is not another point's key to merge into " + point);
                    }
                }
                if (named.size() > 1) {
                    merged.put(index, named.subList(1, named.size()));
                }
                if (key.equals("new")) {
                    markedNew.add(index);
                } else if (DraftPoint.validKey(key)) {
                    keys.put(index, key);
                } else {
                    throw new DraftRejected(value.where(), "'" + key + "' is not a key: lowercase letters, digits and single hyphens, or 'new'");
                }
            }
        }
        return new Overrides(keys, markedNew, merged);
    }

    /** Keys given for some points by the editor, the points the editor marked new, and the merges confirmed. */
    record Overrides(Map<Integer, String> keys, Set<Integer> markedNew, Map<Integer, List<String>> merged) {

        static final Overrides NONE = new Overrides(Map.of(), Set.of(), Map.of());

        List<DraftPoint> applyTo(List<DraftPoint> points) {
            var result = new ArrayList<DraftPoint>(points);
            keys.forEach((index, key) -> result.set(index, result.get(index).withKey(key)));
            merged.forEach((index, absorbed) -> result.set(index, result.get(index).withLineage(absorbed, result.get(index).splitFrom())));
            return result;
        }

        Overrides plus(Set<Integer> moreNew) {
            var all = new HashSet<>(markedNew);
            all.addAll(moreNew);
            return new Overrides(keys, all, merged);
        }
    }

    private static int indexOf(List<DraftPoint> points, String point, String where) {
        if (point.startsWith("#")) {
            try {
                int n = Integer.parseInt(point.substring(1));
                if (n >= 1 && n <= points.size()) {
                    return n - 1;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new DraftRejected(where, "'" + point + "' names no point: the draft has points #1 to #" + points.size());
        }
        for (int i = 0; i < points.size(); i++) {
            if (point.equals(points.get(i).number())) {
                return i;
            }
        }
        throw new DraftRejected(where, "no point numbered " + point + " in this draft (use #n for the n-th point)");
    }

    private String one(String name) {
        var list = values.get(name);
        if (list == null) {
            return null;
        }
        if (list.size() > 1) {
            throw new DraftRejected(list.get(1).where(), name + " is given twice");
        }
        return list.get(0).text().isBlank() ? null : list.get(0).text().strip();
    }

    private String orElse(String name, String fallback) {
        return values.containsKey(name) ? one(name) : fallback;
    }

    private String where(String name) {
        return values.get(name).get(0).where();
    }

    /** A problem with a field, where it was given; the reason names the field only when the place does not. */
    private DraftRejected at(String name, String reason) {
        var where = where(name);
        return new DraftRejected(where, where.equals(name) ? reason : name + " " + reason);
    }

    private String ref(String fallback) {
        var id = values.containsKey("id") ? one("id") : null;
        var ref = values.containsKey("ref") ? one("ref") : null;
        if (id != null && ref != null && !id.equals(ref)) {
            throw new DraftRejected(where("ref"), "id and ref name the same thing and differ: '" + id + "', '" + ref + "'");
        }
        var given = id != null ? id : ref;
        if (given == null) {
            return fallback;
        }
        return given;
    }

    private LocalDate date(String name) {
        var text = one(name);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw at(name, "must be an ISO date such as 2025-11-23, got '" + text + "'");
        }
    }

    private VersionStatus status(VersionStatus fallback) {
        if (!values.containsKey("status")) {
            return fallback;
        }
        var text = one("status");
        try {
            return text == null ? null : VersionStatus.parse(text);
        } catch (IllegalArgumentException e) {
            throw at("status", e.getMessage());
        }
    }

    private boolean bool(String name, boolean fallback) {
        var text = values.containsKey(name) ? one(name) : null;
        if (text == null) {
            return fallback;
        }
        if (!text.equals("true") && !text.equals("false")) {
            throw at(name, "must be true or false, got '" + text + "'");
        }
        return Boolean.parseBoolean(text);
    }

    /** Each {@code source} is {@code Outlet name https://url} (the outlet optional); they add to a JSON draft's own. */
    private List<Source> sources(List<Source> own) {
        var list = values.get("source");
        if (list == null) {
            return own;
        }
        var sources = new ArrayList<>(own);
        for (var value : list) {
            var text = value.text().strip();
            int space = text.lastIndexOf(' ');
            var url = space < 0 ? text : text.substring(space + 1);
            var outlet = space < 0 ? null : text.substring(0, space).strip();
            try {
                sources.add(new Source(outlet, url));
            } catch (DraftRejected e) {
                throw new DraftRejected(value.where(), "source must be 'Outlet https://url': " + e.reason());
            }
        }
        return sources;
    }
}
