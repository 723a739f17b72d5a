package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code VehicleArchiveObjectList} of a {@link SubscribeNotificationObject}: {@code {"VehicleArchiveObject":[…]}}, the motor-vehicle archives a notification
 * adds, modifies or deletes. Fields it does not know are kept in {@link #other()} and written back after the list.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VehicleArchiveChangeList(@JsonProperty(ELEMENT) List<VehicleArchiveChange> archives, @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {
    public static final String KEY = "VehicleArchiveObjectList";
    public static final String ELEMENT = "VehicleArchiveObject";

    public VehicleArchiveChangeList {
        // Jackson fills the any-setter map after construction, so it must be a mutable map of our own.
        other = other == null ? new LinkedHashMap<>() : new LinkedHashMap<>(other);
    }

    public VehicleArchiveChangeList(List<VehicleArchiveChange> archives) {
        this(archives, null);
    }
}
