package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** {@code {"SubImageInfoObject":[…]}}: an object's or an archive's images. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubImageList(@JsonProperty("SubImageInfoObject") List<SubImageInfoObject> images) {
}
