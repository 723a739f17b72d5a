package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.LocalDateTime;

/**
 * A.6 {@code ArchiveTaskObject}: a clustering or archiving task of a library. {@code EventType} and {@code Status}
 * are codes, kept as strings (numbers are accepted on input).
 *
 * @param progress this project's addition: percent done, 0..100
 * @param message  this project's addition: the latest message of the task, for people
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"TaskID", "TaskName", "ArchiveLibraryID", "EventType", "Status", "CreateTime", "UpdateTime", "Progress", "Message"})
public record ArchiveTaskObject(
        @JsonProperty("TaskID") String taskId,
        @JsonProperty("TaskName") String taskName,
        @JsonProperty("ArchiveLibraryID") String archiveLibraryId,
        @JsonProperty("EventType") String eventType,
        @JsonProperty("Status") String status,
        @JsonProperty("CreateTime") LocalDateTime createTime,
        @JsonProperty("UpdateTime") LocalDateTime updateTime,
        @JsonProperty("Progress") Integer progress,
        @JsonProperty("Message") String message) {
}
