package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.LocalDateTime;
import java.util.List;

/**
 * B.4 {@code VehicleArchiveObject}: a motor-vehicle archive (一车一档). The vehicle fields carry GA/T 1400 codes as
 * the captures gave them.
 *
 * @param confidence only in A.18 confidence answers; exports leave it absent, as B.4 has no such field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"ArchiveID", "ArchiveLibraryID", "PlateNo", "PlateColor", "VehicleClass", "VehicleBrand", "VehicleModel",
        "VehicleColor", "VehicleStyles", "CreateTime", "UpdateTime", "SourceIDList", "Confidence", "SubImageList"})
public record VehicleArchiveObject(
        @JsonProperty("ArchiveID") String archiveId,
        @JsonProperty("ArchiveLibraryID") String archiveLibraryId,
        @JsonProperty("PlateNo") String plateNo,
        @JsonProperty("PlateColor") String plateColor,
        @JsonProperty("VehicleClass") String vehicleClass,
        @JsonProperty("VehicleBrand") String vehicleBrand,
        @JsonProperty("VehicleModel") String vehicleModel,
        @JsonProperty("VehicleColor") String vehicleColor,
        @JsonProperty("VehicleStyles") String vehicleStyles,
        @JsonProperty("CreateTime") LocalDateTime createTime,
        @JsonProperty("UpdateTime") LocalDateTime updateTime,
        @JsonProperty("SourceIDList") List<String> sourceIds,
        @JsonProperty("Confidence") Double confidence,
        @JsonProperty("SubImageList") SubImageList subImages) {
}
