package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** {@code {"ArchiveTaskObject":[…]}}; {@link Body} is the whole message {@code {"ArchiveTaskListObject":{…}}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArchiveTaskListObject(@JsonProperty(ArchiveTaskListObject.ELEMENT) List<ArchiveTaskObject> tasks) {
    public static final String KEY = "ArchiveTaskListObject";
    public static final String ELEMENT = "ArchiveTaskObject";

    public static Body body(List<ArchiveTaskObject> tasks) {
        return new Body(new ArchiveTaskListObject(tasks));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(@JsonProperty(KEY) ArchiveTaskListObject list) {}
}
