package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** {@code {"ArchiveSubjectObject":[…]}}; {@link Body} is the whole message {@code {"ArchiveSubjectListObject":{…}}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArchiveSubjectListObject(@JsonProperty(ArchiveSubjectListObject.ELEMENT) List<ArchiveSubjectObject> subjects) {
    public static final String KEY = "ArchiveSubjectListObject";
    public static final String ELEMENT = "ArchiveSubjectObject";

    public static Body body(List<ArchiveSubjectObject> subjects) {
        return new Body(new ArchiveSubjectListObject(subjects));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(@JsonProperty(KEY) ArchiveSubjectListObject list) {}
}
