package org.redline.importing.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.redline.version.DraftRejected;
import tools.jackson.databind.JsonNode;

/**
 * The strict typed readers of the JSON draft format's fields ({@link JsonDraftReader}): a field of the
 * wrong type or an unknown field is refused with its path, so a typo never silently drops evidence.
 */
final class JsonFields {

    private JsonFields() {
    }

    static LocalDate date(JsonNode root, String field) {
        var text = string(root, field, null);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new DraftRejected(field, "must be an ISO date such as 2025-11-23, got '" + text + "'");
        }
    }

    static boolean bool(JsonNode root, String field, String path) {
        var value = root.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new DraftRejected(qualified(path, field), "must be true or false");
        }
        return value.booleanValue();
    }

    static String string(JsonNode node, String field, String path) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new DraftRejected(qualified(path, field), "must be a string");
        }
        return value.stringValue();
    }

    static List<String> stringList(JsonNode node, String field, String path) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new DraftRejected(qualified(path, field), "must be an array of strings");
        }
        var list = new ArrayList<String>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isString()) {
                throw new DraftRejected(qualified(path, field) + "[" + i + "]", "must be a string");
            }
            list.add(value.get(i).stringValue());
        }
        return list;
    }

    static void checkFields(JsonNode node, Set<String> allowed, String path) {
        for (var name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw new DraftRejected(qualified(path, name), "unknown field; expected one of " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    static String qualified(String path, String field) {
        return path == null ? field : path + "." + field;
    }
}
