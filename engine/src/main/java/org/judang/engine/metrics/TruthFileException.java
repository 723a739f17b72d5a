package org.judang.engine.metrics;

/** A ground-truth file that cannot be read: the message names the file and, when it is about one, the line. */
public class TruthFileException extends RuntimeException {
    public TruthFileException(String message) { super(message); }
    public TruthFileException(String message, Throwable cause) { super(message, cause); }
}
