package org.judang.engine.ingest;

/**
 * The batch as a whole cannot be read: it is neither a folder nor a zip, it is a zip bomb, its manifest is broken,
 * or it holds no message bodies. Nothing of it is imported; the message says what is wrong and what to do.
 */
public class BatchUnreadableException extends RuntimeException {
    public BatchUnreadableException(String message) {
        super(message);
    }

    public BatchUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
