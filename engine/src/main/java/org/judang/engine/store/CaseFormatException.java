package org.judang.engine.store;

import org.judang.engine.model.FailurePhrase;
import org.judang.engine.model.PhrasedException;

/** A folder that is not a case, or a case this version cannot open. The message says what to do. */
public class CaseFormatException extends PhrasedException {
    public CaseFormatException(String message) { super(message); }
    public CaseFormatException(String message, Throwable cause) { super(message, cause); }
    public CaseFormatException(FailurePhrase phrase, Object... args) { super(phrase, null, args); }
    public CaseFormatException(FailurePhrase phrase, Throwable cause, Object... args) { super(phrase, cause, args); }
}
