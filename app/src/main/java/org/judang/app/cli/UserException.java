package org.judang.app.cli;

/** A failure whose message says all a person needs (exit code 1, no hint about --verbose). */
public class UserException extends RuntimeException {
    public UserException(String message) { super(message); }
}
