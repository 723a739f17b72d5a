package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/** GA/T 1400 {@code GeoRectangle}: an area by its left-top and right-bottom corners, in degrees. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"LeftTopLongitude", "LeftTopLatitude", "RightBtmLongitude", "RightBtmLatitude"})
public record GeoRectangle(
        @JsonProperty("LeftTopLongitude") Double leftTopLongitude,
        @JsonProperty("LeftTopLatitude") Double leftTopLatitude,
        @JsonProperty("RightBtmLongitude") Double rightBtmLongitude,
        @JsonProperty("RightBtmLatitude") Double rightBtmLatitude,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    public GeoRectangle {
        other = other == null ? new LinkedHashMap<>() : new LinkedHashMap<>(other);
    }
}
