package org.judang.engine.export;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The description of a vehicle archive, voted by its members: for each attribute the value most of their objects
 * give. A tie goes to the value seen first in member order, so the result is the same on every run. Blank values do
 * not vote.
 */
final class VehicleAttributes {
    static final List<String> FIELDS = List.of("PlateNo", "PlateColor", "VehicleClass", "VehicleBrand", "VehicleModel", "VehicleColor", "VehicleStyles");

    private final Map<String, Map<String, Integer>> votes = new HashMap<>();

    /** One member's votes: its values of {@link #FIELDS}, in that order (null where it gives none). */
    void add(JsonNode[] values) {
        for (int i = 0; i < FIELDS.size(); i++) {
            JsonNode value = values[i];
            if (value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank()) continue;
            votes.computeIfAbsent(FIELDS.get(i), f -> new LinkedHashMap<>()).merge(value.asText().trim(), 1, Integer::sum);
        }
    }

    /** The most common value of a field, or null when no member gives one. */
    String mostCommon(String field) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : votes.getOrDefault(field, Map.of()).entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** Each field's most common value (fields no member gives are absent); unmodifiable. */
    Map<String, String> winners() {
        Map<String, String> out = new HashMap<>();
        for (String field : FIELDS) {
            String best = mostCommon(field);
            if (best != null) out.put(field, best);
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
