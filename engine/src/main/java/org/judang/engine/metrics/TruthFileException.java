package org.judang.engine.metrics;

import org.judang.engine.model.FailurePhrase;
import org.judang.engine.model.PhrasedException;

/** A ground-truth file that cannot be read: the message names the file and, when it is about one, the line. */
public class TruthFileException extends PhrasedException {
    public TruthFileException(String message) { super(message); }
    public TruthFileException(String message, Throwable cause) { super(message, cause); }
    public TruthFileException(FailurePhrase phrase, Object... args) { super(phrase, null, args); }
    public TruthFileException(FailurePhrase phrase, Throwable cause, Object... args) { super(phrase, cause, args); }
}
