package org.judang.engine.store;

/** A folder that is not a case, or a case this version cannot open. The message says what to do. */
public class CaseFormatException extends RuntimeException {
    public CaseFormatException(String message) { super(message); }
    public CaseFormatException(String message, Throwable cause) { super(message, cause); }
}
