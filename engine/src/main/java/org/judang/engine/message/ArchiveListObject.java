package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** {@code {"ArchiveObject":[…]}}; {@link Body} is the whole message {@code {"ArchiveListObject":{…}}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArchiveListObject(@JsonProperty(ArchiveListObject.ELEMENT) List<ArchiveObject> archives) {
    public static final String KEY = "ArchiveListObject";
    public static final String ELEMENT = "ArchiveObject";

    public static Body body(List<ArchiveObject> archives) {
        return new Body(new ArchiveListObject(archives));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(@JsonProperty(KEY) ArchiveListObject list) {}
}
