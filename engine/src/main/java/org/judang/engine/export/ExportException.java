package org.judang.engine.export;

/** An export that could not be made: the message says where and what to do; nothing half-written is left behind. */
public class ExportException extends RuntimeException {
    public ExportException(String message) { super(message); }
    public ExportException(String message, Throwable cause) { super(message, cause); }
}
