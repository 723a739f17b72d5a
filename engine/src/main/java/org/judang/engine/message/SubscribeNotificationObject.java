package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GA/T 1400.4 {@code SubscribeNotificationObject}: one notification to a subscriber, here carrying archive changes
 * (a delta export): archives, vehicle archives and archives' details, each element with its {@code ExecuteOperation}.
 * Fields it does not know (other GA/T 1400 lists, say) are kept in {@link #other()} and written back after the
 * known ones.
 *
 * @param notificationId unique per notification
 * @param subscribeId    the subscription it answers; a delta export names its archive library here
 * @param title          for people
 * @param triggerTime    when the change was seen
 * @param infoIds        the IDs the notification is about, comma-separated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"NotificationID", "SubscribeID", "Title", "TriggerTime", "InfoIDs", ArchiveChangeList.KEY, VehicleArchiveChangeList.KEY,
        ArchiveSubjectChangeList.KEY})
public record SubscribeNotificationObject(
        @JsonProperty("NotificationID") String notificationId,
        @JsonProperty("SubscribeID") String subscribeId,
        @JsonProperty("Title") String title,
        @JsonProperty("TriggerTime") LocalDateTime triggerTime,
        @JsonProperty("InfoIDs") String infoIds,
        @JsonProperty(ArchiveChangeList.KEY) ArchiveChangeList archives,
        @JsonProperty(VehicleArchiveChangeList.KEY) VehicleArchiveChangeList vehicleArchives,
        @JsonProperty(ArchiveSubjectChangeList.KEY) ArchiveSubjectChangeList subjects,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    public SubscribeNotificationObject {
        // Jackson fills the any-setter map after construction, so it must be a mutable map of our own.
        other = other == null ? new LinkedHashMap<>() : new LinkedHashMap<>(other);
    }
}
