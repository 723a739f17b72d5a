package org.judang.app.http;

import java.util.Map;

/**
 * What a resource answers: an HTTP status, a message body (a record of {@code engine.message}, written with the
 * message mapper), and any extra headers.
 */
record Answer(int httpStatus, Object body, Map<String, String> headers) {
    static Answer ok(Object body) {
        return new Answer(200, body, Map.of());
    }

    static Answer of(int httpStatus, Object body) {
        return new Answer(httpStatus, body, Map.of());
    }
}
