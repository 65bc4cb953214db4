package org.redline.importing.internal;

import static org.redline.importing.internal.JsonFields.bool;
import static org.redline.importing.internal.JsonFields.checkFields;
import static org.redline.importing.internal.JsonFields.date;
import static org.redline.importing.internal.JsonFields.string;
import static org.redline.importing.internal.JsonFields.stringList;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.redline.importing.DraftImport;
import org.redline.version.Draft;
import org.redline.version.DraftPoint;
import org.redline.version.DraftRejected;
import org.redline.version.Knowledge;
import org.redline.version.VersionKind;
import org.redline.version.PointStatus;
import org.redline.version.Source;
import org.redline.version.VersionStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a draft in the project's JSON format (the files of {@code shared/drafts}). Strict: unknown or
 * repeated fields are refused, so a typo never silently drops evidence. Errors name the field path,
 * or the line and column for malformed JSON.
 *
 * <p>The field lists are the format's one definition; the typed readers that check a field against
 * them are {@link JsonFields}.
 */
public final class JsonDraftReader implements DraftReader {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Set<String> DRAFT_FIELDS = Set.of("id", "ref", "label", "draftDate", "reportedDate",
            "status", "partial", "derivedFrom", "sources", "note", "points", "unplacedProvisions",
            "kind", "reportedPointCount", "uncertain");
    private static final Set<String> POINT_FIELDS = Set.of("key", "number", "category", "text", "status",
            "sourceRefs", "note", "new", "mergedFrom", "splitFrom");
    private static final Set<String> SOURCE_FIELDS = Set.of("outlet", "url");

    @Override
    public DraftFormat format() {
        return DraftFormat.JSON;
    }

    @Override
    public boolean acceptsType(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    @Override
    public boolean acceptsName(String fileName) {
        return fileName.endsWith(".json");
    }

    @Override
    public boolean recognises(byte[] body, java.util.function.Supplier<String> text) {
        return text.get().stripLeading().startsWith("{");
    }

    /** The JSON's own fields, with the metadata given beside it (query parameters, form fields) put over them. */
    @Override
    public DraftImport.Parsed read(DraftUpload upload) {
        var json = readMarked(upload.body());
        var metadata = Metadata.of(new FrontMatter(List.of(), "", 1), upload.parameters());
        var draft = metadata.over(json.draft());
        var overrides = metadata.overrides(draft.points()).plus(json.markedNew());
        return new DraftImport.Parsed(format(), draft.withPoints(overrides.applyTo(draft.points())), overrides.markedNew(), List.of());
    }

    /** A JSON draft, and the points it marks {@code "new": true} (never aligned with a base point). */
    record Read(Draft draft, Set<Integer> markedNew) {
    }

    public static Draft read(byte[] json) {
        return readMarked(json).draft();
    }

    static Read readMarked(byte[] json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            var location = e.getLocation();
            var where = location == null ? "body" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new DraftRejected(where, "malformed JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new DraftRejected("body", "expected a JSON object with label and points");
        }
        checkFields(root, DRAFT_FIELDS, null);
        var ref = string(root, "id", null);
        if (ref == null) {
            ref = string(root, "ref", null);
        }
        var points = new ArrayList<DraftPoint>();
        var markedNew = new java.util.HashSet<Integer>();
        var pointNodes = root.get("points");
        if (pointNodes != null && !pointNodes.isNull() && !pointNodes.isArray()) {
            throw new DraftRejected("points", "must be an array");
        }
        if (pointNodes != null && pointNodes.isArray()) {
            if (pointNodes.size() > Draft.MAX_POINTS) {
                throw new DraftRejected("points", "at most " + Draft.MAX_POINTS + " points per draft, got " + pointNodes.size());
            }
            for (int i = 0; i < pointNodes.size(); i++) {
                var path = "points[" + i + "]";
                var node = pointNodes.get(i);
                points.add(point(node, path));
                if (node.isObject() && bool(node, "new", path)) {
                    if (points.get(i).key() != null) {
                        throw new DraftRejected(path + ".new", "a point marked new takes a new key; drop either \"new\" or \"key\"");
                    }
                    markedNew.add(i);
                }
            }
        }
        points.addAll(unplaced(root));
        return new Read(new Draft(ref, string(root, "label", null), date(root, "draftDate"), date(root, "reportedDate"),
                versionStatus(root), bool(root, "partial", null), derivedFrom(root), sources(root),
                string(root, "note", null), points, knowledge(root)), Set.copyOf(markedNew));
    }

    /**
     * Provisions a report lists without placing them in the numbering (the European 24-point plan's
     * reprints order them differently): points like any other, never numbered.
     */
    private static List<DraftPoint> unplaced(JsonNode root) {
        var nodes = root.get("unplacedProvisions");
        if (nodes == null || nodes.isNull()) {
            return List.of();
        }
        if (!nodes.isArray()) {
            throw new DraftRejected("unplacedProvisions", "must be an array");
        }
        var result = new ArrayList<DraftPoint>();
        for (int i = 0; i < nodes.size(); i++) {
            var path = "unplacedProvisions[" + i + "]";
            var point = point(nodes.get(i), path);
            if (point.number() != null) {
                throw new DraftRejected(path + ".number", "an unplaced provision has no number; list a numbered one in points");
            }
            result.add(point);
        }
        return result;
    }

    private static Knowledge knowledge(JsonNode root) {
        var code = string(root, "kind", null);
        VersionKind kind;
        try {
            kind = code == null ? VersionKind.TEXT : VersionKind.parse(code);
        } catch (IllegalArgumentException e) {
            throw new DraftRejected("kind", e.getMessage());
        }
        var count = root.get("reportedPointCount");
        if (count != null && !count.isNull() && !count.isIntegralNumber()) {
            throw new DraftRejected("reportedPointCount", "must be a whole number");
        }
        if (count != null && count.isIntegralNumber() && !count.canConvertToInt()) {
            throw new DraftRejected("reportedPointCount", "is out of range");
        }
        return new Knowledge(kind, count == null || count.isNull() ? null : count.intValue(), bool(root, "uncertain", null));
    }

    private static DraftPoint point(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new DraftRejected(path, "expected an object with number, category, text");
        }
        checkFields(node, POINT_FIELDS, path);
        var statusCode = string(node, "status", path);
        PointStatus status;
        try {
            status = statusCode == null ? null : PointStatus.parseDraftStatus(statusCode);
        } catch (IllegalArgumentException e) {
            throw new DraftRejected(path + ".status", e.getMessage());
        }
        var key = string(node, "key", path);
        var number = number(node, path);
        var category = string(node, "category", path);
        var text = string(node, "text", path);
        var sourceRefs = stringList(node, "sourceRefs", path);
        var note = string(node, "note", path);
        var mergedFrom = stringList(node, "mergedFrom", path);
        var splitFrom = string(node, "splitFrom", path);
        try {
            return new DraftPoint(key, number, category, text, status, sourceRefs, note, mergedFrom, splitFrom);
        } catch (DraftRejected e) {
            throw e.inside(path);
        }
    }

    private static String number(JsonNode node, String path) {
        var value = node.get("number");
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() || value.isString()) {
            return value.asString();
        }
        throw new DraftRejected(path + ".number", "must be a whole number or a label such as 12a");
    }

    private static List<Source> sources(JsonNode root) {
        var nodes = root.get("sources");
        if (nodes == null || nodes.isNull()) {
            return List.of();
        }
        if (!nodes.isArray()) {
            throw new DraftRejected("sources", "must be an array of {outlet, url}");
        }
        var sources = new ArrayList<Source>();
        for (int i = 0; i < nodes.size(); i++) {
            var path = "sources[" + i + "]";
            var node = nodes.get(i);
            if (!node.isObject()) {
                throw new DraftRejected(path, "expected an object {outlet, url}");
            }
            checkFields(node, SOURCE_FIELDS, path);
            var outlet = string(node, "outlet", path);
            var url = string(node, "url", path);
            try {
                sources.add(new Source(outlet, url));
            } catch (DraftRejected e) {
                throw e.inside(path);
            }
        }
        return sources;
    }

    private static String derivedFrom(JsonNode root) {
        var value = root.get("derivedFrom");
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString() || value.isIntegralNumber()) {
            return value.asString();
        }
        throw new DraftRejected("derivedFrom", "must be a version ref or number");
    }

    private static VersionStatus versionStatus(JsonNode root) {
        var code = string(root, "status", null);
        try {
            return code == null ? null : VersionStatus.parse(code);
        } catch (IllegalArgumentException e) {
            throw new DraftRejected("status", e.getMessage());
        }
    }
}
