package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** {@code {"ArchiveLibraryObject":[…]}}; {@link Body} is the whole message {@code {"ArchiveLibraryListObject":{…}}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArchiveLibraryListObject(@JsonProperty(ArchiveLibraryListObject.ELEMENT) List<ArchiveLibraryObject> libraries) {
    public static final String KEY = "ArchiveLibraryListObject";
    public static final String ELEMENT = "ArchiveLibraryObject";

    public static Body body(List<ArchiveLibraryObject> libraries) {
        return new Body(new ArchiveLibraryListObject(libraries));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(@JsonProperty(KEY) ArchiveLibraryListObject list) {}
}
