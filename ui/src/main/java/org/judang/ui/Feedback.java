package org.judang.ui;

/**
 * How controllers tell the person what happened, without knowing how it is shown (a notice in the window; a
 * recording in tests).
 */
public interface Feedback {
    void info(String title, String text);

    /** Something was done; {@code actionText}/{@code action} (may be null) offer the obvious next step, e.g. Undo. */
    void success(String title, String text, String actionText, Runnable action);

    /** Something could not be done; {@code text} says why in words, never a stack trace. */
    void error(String title, String text);
}
