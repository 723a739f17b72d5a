package org.judang.app.http;

import org.judang.engine.message.StatusCode;

/**
 * A request the interface refuses, with the HTTP status and the GA/T 1400 status code to answer it with, and a
 * message that says what to send instead.
 */
final class InterfaceException extends RuntimeException {
    private final int httpStatus;
    private final StatusCode code;

    InterfaceException(int httpStatus, StatusCode code, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    int httpStatus() { return httpStatus; }

    StatusCode code() { return code; }

    /** The body is not JSON (StatusCode 7). */
    static InterfaceException badJson(String message) {
        return new InterfaceException(400, StatusCode.INVALID_JSON_FORMAT, message);
    }

    /** The body is JSON but not what this path takes (StatusCode 8). */
    static InterfaceException badContent(String message) {
        return new InterfaceException(400, StatusCode.INVALID_JSON_CONTENT, message);
    }

    /** Something named does not exist (StatusCode 4). */
    static InterfaceException notFound(String message) {
        return new InterfaceException(404, StatusCode.INVALID_OPERATION, message);
    }
}
