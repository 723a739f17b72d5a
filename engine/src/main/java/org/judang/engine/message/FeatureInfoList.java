package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** {@code {"FeatureInfoObject":[…]}}, the value of an archive's {@code CenterFeatureList}: one feature per space. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeatureInfoList(@JsonProperty("FeatureInfoObject") List<FeatureInfoObject> features) {
}
