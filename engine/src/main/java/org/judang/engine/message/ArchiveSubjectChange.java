package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.Map;
import java.util.Objects;

/**
 * An archive's details in a delta: its {@link ArchiveSubjectObject} fields, then {@code ExecuteOperation}. Added and
 * modified archives carry their whole member list (it replaces the one the receiver holds); a deleted archive carries
 * only its {@code ArchiveID}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArchiveSubjectChange(@JsonUnwrapped ArchiveSubjectObject subject, @JsonProperty("ExecuteOperation") ExecuteOperation operation) {

    public ArchiveSubjectChange {
        Objects.requireNonNull(subject, "subject");
    }

    /** The deletion of an archive's details: its ID and nothing else. */
    public static ArchiveSubjectChange deleted(String archiveId) {
        return new ArchiveSubjectChange(ArchiveSubjectObject.of(archiveId, Map.of(), Map.of()), ExecuteOperation.DELETE);
    }

    public String archiveId() { return subject.archiveId(); }
}
