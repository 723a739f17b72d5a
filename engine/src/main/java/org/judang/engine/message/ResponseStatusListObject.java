package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** {@code {"ResponseStatusObject":[…]}}; {@link Body} is the whole message {@code {"ResponseStatusListObject":{…}}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResponseStatusListObject(@JsonProperty(ResponseStatusListObject.ELEMENT) List<ResponseStatusObject> statuses) {
    public static final String KEY = "ResponseStatusListObject";
    public static final String ELEMENT = "ResponseStatusObject";

    public static Body body(List<ResponseStatusObject> statuses) {
        return new Body(new ResponseStatusListObject(statuses));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(@JsonProperty(KEY) ResponseStatusListObject list) {}
}
