package org.judang.engine.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Read access to the fields of a received object, forgiving in the ways senders differ: numbers sent as strings and
 * strings sent as numbers, blank values meaning absent, and a list of one sent as the object itself.
 */
record ObjectFields(JsonNode node) {

    /** Whether the field holds something other than null or blank text. */
    boolean has(String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull() && !(v.isTextual() && v.asText().isBlank());
    }

    /** The field as trimmed text (a number as written), or null when absent, blank or not a scalar. */
    String text(String field) {
        JsonNode v = node.get(field);
        if (v == null || !(v.isTextual() || v.isNumber() || v.isBoolean())) return null;
        String s = v.asText().trim();
        return s.isEmpty() ? null : s;
    }

    /** The field as a number (also from numeric text), or null when absent or not a number. */
    Double number(String field) {
        JsonNode v = node.get(field);
        if (v == null) return null;
        if (v.isNumber()) return v.doubleValue();
        if (v.isTextual()) {
            try {
                return Double.parseDouble(v.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The objects held by a field that is an object or a list of objects. */
    List<ObjectNode> objects(String field) {
        JsonNode v = node.get(field);
        List<ObjectNode> out = new ArrayList<>();
        if (v instanceof ObjectNode o) out.add(o);
        else if (v != null && v.isArray()) {
            for (JsonNode e : v) if (e instanceof ObjectNode o) out.add(o);
        }
        return out;
    }

    /** The objects of a GA/T 1400 list field, e.g. {@code SubImageList.SubImageInfoObject}. */
    List<ObjectNode> list(String listField, String elementField) {
        JsonNode v = node.get(listField);
        return v == null ? List.of() : new ObjectFields(v).objects(elementField);
    }
}
