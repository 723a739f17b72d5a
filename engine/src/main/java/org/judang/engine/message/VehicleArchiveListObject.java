package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** {@code {"VehicleArchiveObject":[…]}}; {@link Body} is the whole message {@code {"VehicleArchiveListObject":{…}}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VehicleArchiveListObject(@JsonProperty(VehicleArchiveListObject.ELEMENT) List<VehicleArchiveObject> archives) {
    public static final String KEY = "VehicleArchiveListObject";
    public static final String ELEMENT = "VehicleArchiveObject";

    public static Body body(List<VehicleArchiveObject> archives) {
        return new Body(new VehicleArchiveListObject(archives));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(@JsonProperty(KEY) VehicleArchiveListObject list) {}
}
