package org.judang.engine.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * GA/T 1400.4 {@code StatusCode}s of a {@code ResponseStatusObject}. Written as a string ({@code "0"}); read from a
 * string or a number, since senders differ.
 */
public enum StatusCode {
    OK(0, "OK"),
    OTHER_ERROR(1, "OtherError"),
    DEVICE_BUSY(2, "Device Busy"),
    DEVICE_ERROR(3, "Device Error"),
    INVALID_OPERATION(4, "Invalid Operation"),
    INVALID_XML_FORMAT(5, "Invalid XML Format"),
    INVALID_XML_CONTENT(6, "Invalid XML Content"),
    INVALID_JSON_FORMAT(7, "Invalid JSON Format"),
    INVALID_JSON_CONTENT(8, "Invalid JSON Content"),
    REBOOT(9, "Reboot");

    private final int code;
    private final String description;

    StatusCode(int code, String description) {
        this.code = code;
        this.description = description;
    }

    public int code() { return code; }

    /** The standard's name for the code, e.g. {@code Invalid JSON Content}: a default {@code StatusString}. */
    public String description() { return description; }

    @JsonValue
    public String text() { return Integer.toString(code); }

    /** Reads {@code "8"}, {@code 8} or {@code " 8 "}. */
    @JsonCreator
    public static StatusCode of(Object value) {
        String text = String.valueOf(value).trim();
        for (StatusCode s : values()) if (s.text().equals(text)) return s;
        throw new IllegalArgumentException("Unknown StatusCode '" + text + "': GA/T 1400.4 defines 0 to 9.");
    }
}
