package org.judang.app.cli;

/** A command line that parses but makes no sense (exit code 2). */
public class UsageException extends RuntimeException {
    public UsageException(String message) { super(message); }
}
