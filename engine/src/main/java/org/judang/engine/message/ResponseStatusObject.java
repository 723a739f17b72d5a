package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.LocalDateTime;

/**
 * GA/T 1400.4 {@code ResponseStatusObject}: the answer to a write, one per ID.
 *
 * @param statusString what happened, in words a person can act on
 * @param id           the ID the status is about
 * @param localTime    when the server answered
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"RequestURL", "StatusCode", "StatusString", "Id", "LocalTime"})
public record ResponseStatusObject(
        @JsonProperty("RequestURL") String requestUrl,
        @JsonProperty("StatusCode") StatusCode statusCode,
        @JsonProperty("StatusString") String statusString,
        @JsonProperty("Id") String id,
        @JsonProperty("LocalTime") LocalDateTime localTime) {
}
