package org.judang.engine.export;

import org.judang.engine.model.FailurePhrase;
import org.judang.engine.model.PhrasedException;

/** An export that could not be made: the message says where and what to do; nothing half-written is left behind. */
public class ExportException extends PhrasedException {
    public ExportException(String message) { super(message); }
    public ExportException(String message, Throwable cause) { super(message, cause); }
    public ExportException(FailurePhrase phrase, Object... args) { super(phrase, null, args); }
    public ExportException(FailurePhrase phrase, Throwable cause, Object... args) { super(phrase, cause, args); }
}
