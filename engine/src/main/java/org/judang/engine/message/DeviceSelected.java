package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cameras a query is about: some by ID, or all of a place.
 *
 * @param deviceIds       GA/T 1400 device (APE) IDs; an array or one comma-separated string
 * @param devicePlaceCode an administrative area code: the cameras of that area
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"DeviceIDs", "DevicePlaceCode"})
public record DeviceSelected(
        @JsonProperty("DeviceIDs") @JsonDeserialize(using = TextList.class) List<String> deviceIds,
        @JsonProperty("DevicePlaceCode") String devicePlaceCode,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    public DeviceSelected {
        other = other == null ? new LinkedHashMap<>() : new LinkedHashMap<>(other);
    }
}
