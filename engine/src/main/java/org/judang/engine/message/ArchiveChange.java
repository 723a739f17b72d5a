package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.Objects;

/**
 * A person (or object) archive in a delta: its {@link ArchiveObject} fields, then {@code ExecuteOperation}. A deleted
 * archive carries only its {@code ArchiveID}. Fields the archive body does not know are not kept (as with
 * {@link ArchiveObject} itself).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArchiveChange(@JsonUnwrapped ArchiveObject archive, @JsonProperty("ExecuteOperation") ExecuteOperation operation) {

    public ArchiveChange {
        Objects.requireNonNull(archive, "archive");
    }

    /** The deletion of an archive: its ID and nothing else. */
    public static ArchiveChange deleted(String archiveId) {
        return new ArchiveChange(new ArchiveObject(archiveId, null, null, null, null, null, null, null, null, null), ExecuteOperation.DELETE);
    }

    public String archiveId() { return archive.archiveId(); }
}
