package org.aftersales.warranty.commitment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields of one JSON object of a commitment document. Fields it does not know are refused by
 * name as soon as it is made; explicit {@code null} counts as absent.
 */
final class JsonFields {

    private final JsonNode node;
    private final String path;
    private final Problems problems;
    private final List<String> known;

    JsonFields(JsonNode node, String path, Problems problems, List<String> known) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        this.known = known;
        node.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                problems.add(Problems.child(path, field), "unknown field; expected one of " + String.join(", ", known));
            }
        });
    }

    /** The value of a field that must be present; null (with a problem) when it is missing or bad. */
    <T> T required(String field, Read<T> read) {
        JsonNode value = value(field);
        if (value == null) {
            problems.add(at(field), "is required");
            return null;
        }
        return read.read(value, at(field), problems);
    }

    /**
     * The value of a field that must be present, for a primitive component: {@code placeholder} when it is
     * missing or bad. The problem is recorded, so the object holding the placeholder is never handed out.
     */
    <T> T required(String field, Read<T> read, T placeholder) {
        T value = required(field, read);
        return value == null ? placeholder : value;
    }

    /** The value of a field that may be absent; null when absent or bad. */
    <T> T optional(String field, Read<T> read) {
        JsonNode value = value(field);
        return value == null ? null : read.read(value, at(field), problems);
    }

    /** The value of a field that may be absent, {@code absent} when it is; also {@code absent} when bad. */
    <T> T optional(String field, Read<T> read, T absent) {
        T value = optional(field, read);
        return value == null ? absent : value;
    }

    boolean has(String field) {
        return value(field) != null;
    }

    /** The keys of a field holding an object, as written, whether or not their values are valid. */
    Set<String> keys(String field) {
        Set<String> keys = new TreeSet<>();
        JsonNode value = value(field);
        if (value != null && value.isObject()) {
            value.fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }

    /** The number of elements of a field holding an array; -1 when it holds none. */
    int size(String field) {
        JsonNode value = value(field);
        return value != null && value.isArray() ? value.size() : -1;
    }

    /** Records a problem found by a cross-field rule, at a field of this object. */
    void problem(String field, String message) {
        problems.add(at(field), message);
    }

    /** Records a problem of this object as a whole. */
    void problem(String message) {
        problems.add(path, message);
    }

    String at(String field) {
        return Problems.child(path, field);
    }

    private JsonNode value(String field) {
        if (!known.contains(field)) {
            throw new IllegalArgumentException(field + " is not declared for " + path);
        }
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }
}
