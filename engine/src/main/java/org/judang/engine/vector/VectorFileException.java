package org.judang.engine.vector;

/** A vector file that cannot be used as it is. */
public class VectorFileException extends RuntimeException {
    public VectorFileException(String message) { super(message); }
}
