package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * GA/T 1400 {@code ExecuteOperation} of an object in a subscription notification: what the receiver does with it.
 * Written as a number ({@code 1}); read from a number or a string, since senders differ.
 */
public enum ExecuteOperation {
    /** A new object: store it. */
    ADD(1),
    /** A changed object: replace the stored one with it. */
    MODIFY(2),
    /** An object that is gone: remove it; only its ID is sent. */
    DELETE(3);

    private final int code;

    ExecuteOperation(int code) {
        this.code = code;
    }

    @JsonValue
    public int code() { return code; }

    /** Reads {@code 2}, {@code "2"} or {@code " 2 "}. */
    @JsonCreator
    public static ExecuteOperation of(Object value) {
        String text = String.valueOf(value).trim();
        for (ExecuteOperation o : values()) if (Integer.toString(o.code).equals(text)) return o;
        throw new IllegalArgumentException("Unknown ExecuteOperation '" + text + "': 1 add, 2 modify or 3 delete.");
    }
}
