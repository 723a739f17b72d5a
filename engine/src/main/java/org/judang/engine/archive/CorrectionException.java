package org.judang.engine.archive;

import org.judang.engine.model.FailurePhrase;
import org.judang.engine.model.PhrasedException;

/**
 * A correction that cannot be made as asked; the message says why, in words for the person who asked (a user
 * interface words the phrase in its own language).
 */
public class CorrectionException extends PhrasedException {
    public CorrectionException(String message) { super(message); }
    public CorrectionException(FailurePhrase phrase, Object... args) { super(phrase, null, args); }
}
