package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** {@code {"PictureQueryConditionObject":[…]}}: the search-by-image conditions of a query. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PictureQueryCondition(@JsonProperty("PictureQueryConditionObject") List<PictureQueryConditionObject> conditions) {
}
