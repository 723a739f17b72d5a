package org.judang.engine.ingest;

import org.judang.engine.model.FailurePhrase;
import org.judang.engine.model.PhrasedException;

/**
 * The batch as a whole cannot be read: it is neither a folder nor a zip, it is a zip bomb, its manifest is broken,
 * or it holds no message bodies. Nothing of it is imported; the message says what is wrong and what to do.
 */
public class BatchUnreadableException extends PhrasedException {
    public BatchUnreadableException(String message) { super(message); }
    public BatchUnreadableException(String message, Throwable cause) { super(message, cause); }
    public BatchUnreadableException(FailurePhrase phrase, Object... args) { super(phrase, null, args); }
    public BatchUnreadableException(FailurePhrase phrase, Throwable cause, Object... args) { super(phrase, cause, args); }
}
