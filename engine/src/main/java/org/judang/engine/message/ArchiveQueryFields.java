package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code Fields} of an archive query (B.6–B.14): what the archives must be or have. Lists may be sent as an
 * array or as one comma-separated string. Vehicle fields carry GA/T 1400 codes.
 *
 * @param onlyRealNameArchive 0 (or absent) every archive, 1 only real-name archives, 2 only unnamed ones
 * @param names               names of known persons (or names a person gave an archive)
 * @param idNumbers           ID numbers of known persons
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"ArchiveLibraryID", "ArchiveIDList", "PlaceCode", "PlateNos", "PlateColor", "VehicleClass", "VehicleBrand", "VehicleModel",
        "VehicleColor", "VehicleStyles", "OnlyRealNameArchive", "Names", "IDNumbers"})
public record ArchiveQueryFields(
        @JsonProperty("ArchiveLibraryID") String archiveLibraryId,
        @JsonProperty("ArchiveIDList") @JsonDeserialize(using = TextList.class) List<String> archiveIds,
        @JsonProperty("PlaceCode") String placeCode,
        @JsonProperty("PlateNos") @JsonDeserialize(using = TextList.class) List<String> plateNos,
        @JsonProperty("PlateColor") String plateColor,
        @JsonProperty("VehicleClass") String vehicleClass,
        @JsonProperty("VehicleBrand") String vehicleBrand,
        @JsonProperty("VehicleModel") String vehicleModel,
        @JsonProperty("VehicleColor") String vehicleColor,
        @JsonProperty("VehicleStyles") String vehicleStyles,
        @JsonProperty("OnlyRealNameArchive") Integer onlyRealNameArchive,
        @JsonProperty("Names") @JsonDeserialize(using = TextList.class) List<String> names,
        @JsonProperty("IDNumbers") @JsonDeserialize(using = TextList.class) List<String> idNumbers,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    public ArchiveQueryFields {
        other = other == null ? new LinkedHashMap<>() : new LinkedHashMap<>(other);
    }

    /** The vehicle fields that are set, by their GA/T 1400 name: a capture must have each value. */
    public Map<String, String> vehicleAttributes() {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "PlateColor", plateColor);
        put(out, "VehicleClass", vehicleClass);
        put(out, "VehicleBrand", vehicleBrand);
        put(out, "VehicleModel", vehicleModel);
        put(out, "VehicleColor", vehicleColor);
        put(out, "VehicleStyles", vehicleStyles);
        return out;
    }

    private static void put(Map<String, String> out, String field, String value) {
        if (value != null && !value.isBlank()) out.put(field, value.trim());
    }
}
