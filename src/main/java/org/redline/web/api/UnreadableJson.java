package org.redline.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * Jackson's reading errors in a client's terms: the JSON path ({@code versions[0].number}) rather than
 * Jackson's path of Java classes, and what was expected in words rather than Java type names.
 */
final class UnreadableJson {

    private UnreadableJson() {
    }

    static String path(JacksonException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static String detail(JacksonException e) {
        if (e instanceof PropertyBindingException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'" + (unknown.getKnownPropertyIds() == null ? ""
                    : "; expected one of " + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList());
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            return "expected " + describe(invalid.getTargetType()) + ", got '" + invalid.getValue() + "'";
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "expected " + describe(mismatched.getTargetType());
        }
        var message = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
        // what is left may still quote a Java type: name none
        return message.replaceAll("`?\\b[a-z][a-z0-9_]*(\\.[A-Za-z0-9_$]+)+`?", "a value").replace("$", "");
    }

    private static String describe(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class || type == short.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == char.class) {
            return "a string";
        }
        if (type == LocalDate.class) {
            return "a date such as 2025-11-23";
        }
        if (type == Instant.class) {
            return "an instant such as 2025-11-23T10:00:00Z";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> c.toString().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        return "an object";
    }
}
