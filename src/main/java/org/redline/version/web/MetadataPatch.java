package org.redline.version.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.redline.version.DraftRejected;
import org.redline.version.InvalidCorrection;
import org.redline.version.MetadataCorrection;
import org.redline.version.Source;
import org.redline.version.VersionStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of {@code PATCH /api/documents/{slug}/versions/{id}}: the metadata fields to correct, each
 * present field set (null clears a date, the note or the sources), absent fields kept, and the
 * {@code reason}. Content fields are refused by name: a content correction is a new version.
 */
record MetadataPatch(MetadataCorrection correction, String reason) {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> CONTENT = Set.of("points", "partial", "derivedFrom", "id", "ref", "number");

    static MetadataPatch read(byte[] body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JacksonException e) {
            var location = e.getLocation();
            var where = location == null ? "body" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new InvalidCorrection(where, "malformed JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidCorrection("body", "expected a JSON object with the fields to correct and a reason");
        }
        var fields = EnumSet.noneOf(MetadataCorrection.Field.class);
        for (var name : root.propertyNames()) {
            if (name.equals("reason")) {
                continue;
            }
            if (CONTENT.contains(name)) {
                throw new InvalidCorrection(name, "content is never edited: record a corrected draft as a new version");
            }
            try {
                fields.add(MetadataCorrection.Field.parse(name));
            } catch (IllegalArgumentException e) {
                throw new InvalidCorrection(name, "unknown field; expected label, draftDate, reportedDate, status, sources, note, reason");
            }
        }
        var correction = new MetadataCorrection(fields, string(root, "label"), date(root, "draftDate"),
                date(root, "reportedDate"), status(root), sources(root), string(root, "note"));
        return new MetadataPatch(correction, string(root, "reason"));
    }

    private static String string(JsonNode root, String field) {
        var value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidCorrection(field, "must be a string");
        }
        return value.stringValue();
    }

    private static LocalDate date(JsonNode root, String field) {
        var text = string(root, field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidCorrection(field, "must be an ISO date such as 2025-11-23, got '" + text + "'");
        }
    }

    private static VersionStatus status(JsonNode root) {
        var code = string(root, "status");
        try {
            return code == null ? null : VersionStatus.parse(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidCorrection("status", e.getMessage());
        }
    }

    private static List<Source> sources(JsonNode root) {
        var nodes = root.get("sources");
        if (nodes == null || nodes.isNull()) {
            return List.of();
        }
        if (!nodes.isArray()) {
            throw new InvalidCorrection("sources", "must be an array of {outlet, url}");
        }
        var sources = new ArrayList<Source>();
        for (int i = 0; i < nodes.size(); i++) {
            var node = nodes.get(i);
            var where = "sources[" + i + "]";
            if (!node.isObject()) {
                throw new InvalidCorrection(where, "expected an object {outlet, url}");
            }
            for (var name : node.propertyNames()) {
                if (!name.equals("outlet") && !name.equals("url")) {
                    throw new InvalidCorrection(where + "." + name, "unknown field; expected outlet, url");
                }
            }
            try {
                sources.add(new Source(string(node, "outlet"), string(node, "url")));
            } catch (DraftRejected e) {
                throw new InvalidCorrection(where + "." + e.where(), e.reason());
            }
        }
        return sources;
    }
}
