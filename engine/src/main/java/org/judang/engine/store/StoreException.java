package org.judang.engine.store;

/** A failure reading or writing the case on disk (SQLite, vector or image files). */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) { super(message, cause); }
    public StoreException(String message) { super(message); }
}
