package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.Objects;

/**
 * A motor-vehicle archive in a delta: its {@link VehicleArchiveObject} fields, then {@code ExecuteOperation}. A
 * deleted archive carries only its {@code ArchiveID}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VehicleArchiveChange(@JsonUnwrapped VehicleArchiveObject archive, @JsonProperty("ExecuteOperation") ExecuteOperation operation) {

    public VehicleArchiveChange {
        Objects.requireNonNull(archive, "archive");
    }

    /** The deletion of a vehicle archive: its ID and nothing else. */
    public static VehicleArchiveChange deleted(String archiveId) {
        return new VehicleArchiveChange(new VehicleArchiveObject(archiveId, null, null, null, null, null, null, null, null, null, null, null, null, null),
                ExecuteOperation.DELETE);
    }

    public String archiveId() { return archive.archiveId(); }
}
