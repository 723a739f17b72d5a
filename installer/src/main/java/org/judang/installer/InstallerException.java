package org.judang.installer;

/** A packaging step that cannot go on; the message says what failed and what to do. */
final class InstallerException extends RuntimeException {
    InstallerException(String message) {
        super(message);
    }
}
