package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One search-by-image condition (以图搜档): an image, or a capture already in the library, and how similar an
 * archive's centre must be to it.
 *
 * @param subImage  the query image; the workstation computes no features, so it must carry its feature as a
 *                  {@code FeatureInfoObject} (kept among the sub-image's other fields)
 * @param threshold the lowest similarity, 0..1 (a number above 1, up to 100, is read as a percentage)
 * @param subjectId the ID of a capture (face, person, vehicle…) already in the library, whose feature is used
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"SubImage", "Threshold", "SubjectID"})
public record PictureQueryConditionObject(
        @JsonProperty("SubImage") SubImageInfoObject subImage,
        @JsonProperty("Threshold") Double threshold,
        @JsonProperty("SubjectID") String subjectId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    public PictureQueryConditionObject {
        other = other == null ? new LinkedHashMap<>() : new LinkedHashMap<>(other);
    }
}
