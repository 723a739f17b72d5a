package org.judang.engine.archive;

/** A correction that cannot be made as asked; the message says why, in words for the person who asked. */
public class CorrectionException extends RuntimeException {
    public CorrectionException(String message) { super(message); }
}
