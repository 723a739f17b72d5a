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
 * {@code {"SubscribeNotificationObject":[…]}}; {@link Body} is the whole message
 * {@code {"SubscribeNotificationListObject":{…}}}, the file {@code Notifications.json} of a delta export. Fields it
 * does not know are kept in {@link #other()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscribeNotificationListObject(
        @JsonProperty(SubscribeNotificationListObject.ELEMENT) List<SubscribeNotificationObject> notifications,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {
    public static final String KEY = "SubscribeNotificationListObject";
    public static final String ELEMENT = "SubscribeNotificationObject";

    public SubscribeNotificationListObject {
        // Jackson fills the any-setter map after construction, so it must be a mutable map of our own.
        other = other == null ? new LinkedHashMap<>() : new LinkedHashMap<>(other);
    }

    public static Body body(List<SubscribeNotificationObject> notifications) {
        return new Body(new SubscribeNotificationListObject(notifications, null));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(@JsonProperty(KEY) SubscribeNotificationListObject list) {}
}
