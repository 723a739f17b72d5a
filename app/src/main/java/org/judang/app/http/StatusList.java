package org.judang.app.http;

import org.judang.engine.message.ResponseStatusListObject;
import org.judang.engine.message.ResponseStatusObject;
import org.judang.engine.message.StatusCode;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The GA/T 1400.4 answer to a write: one {@code ResponseStatusObject} per ID, each with the request's URL and the
 * server's local time.
 */
final class StatusList {
    private final String requestUrl;
    private final LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    private final List<ResponseStatusObject> statuses = new ArrayList<>();

    StatusList(String requestUrl) {
        this.requestUrl = requestUrl;
    }

    StatusList add(String id, StatusCode code, String text) {
        statuses.add(new ResponseStatusObject(requestUrl, code, text, id, now));
        return this;
    }

    StatusList ok(String id, String text) {
        return add(id, StatusCode.OK, text);
    }

    boolean allOk() {
        return statuses.stream().allMatch(s -> s.statusCode() == StatusCode.OK);
    }

    ResponseStatusListObject.Body body() {
        return ResponseStatusListObject.body(List.copyOf(statuses));
    }

    /** Writes answer 200 with a status per ID, whether each succeeded or not: the codes say which. */
    Answer answer() {
        return Answer.ok(body());
    }

    /** A read naming IDs, some unknown: 404 with a status per ID. */
    Answer notFound() {
        return Answer.of(404, body());
    }

    /** One status for the whole request, no ID: a refusal. */
    static Answer refusal(String requestUrl, int httpStatus, StatusCode code, String text) {
        return Answer.of(httpStatus, new StatusList(requestUrl).add(null, code, text).body());
    }
}
