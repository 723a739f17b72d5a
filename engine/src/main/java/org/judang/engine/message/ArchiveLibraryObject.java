package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.LocalDateTime;

/** B.2 {@code ArchiveLibraryObject}: an archive library. One case is one library. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"ArchiveLibraryID", "Name", "CreateTime", "Memo"})
public record ArchiveLibraryObject(
        @JsonProperty("ArchiveLibraryID") String archiveLibraryId,
        @JsonProperty("Name") String name,
        @JsonProperty("CreateTime") LocalDateTime createTime,
        @JsonProperty("Memo") String memo) {
}
