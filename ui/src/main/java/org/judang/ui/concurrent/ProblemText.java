package org.judang.ui.concurrent;

import org.judang.engine.archive.CorrectionException;
import org.judang.engine.model.PhrasedException;
import org.judang.ui.i18n.Messages;

import java.io.UncheckedIOException;

/**
 * What a failure means to the person using the workstation: the engine's own message (it says what failed and what
 * to do), in the person's language when it is one of the common failures the engine names with a phrase; never a
 * stack trace. Unexpected failures get a plain sentence and their type for a bug report.
 */
public final class ProblemText {
    private ProblemText() {}

    public static String describe(Throwable e, Messages m) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        String message = t.getMessage();
        if (t instanceof PhrasedException p && p.phrase() != null) return m.phrase(p.phrase(), p.phraseArgs(), message);
        boolean ours = t instanceof CorrectionException || t instanceof UncheckedIOException || t instanceof IllegalArgumentException
                || t.getClass().getName().startsWith("org.judang.");
        if (ours && message != null && !message.isBlank()) return message;
        return m.format("problem.unexpected", t.getClass().getSimpleName() + (message == null ? "" : ": " + message));
    }
}
