package org.judang.engine.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A failure a person can act on. Its message is English; when it is one of the common failures it also says which
 * ({@link #phrase()}, with the arguments as text), so that a user interface can word it in the person's language.
 * A failure without a phrase is shown by its message.
 */
public class PhrasedException extends RuntimeException {
    private final FailurePhrase phrase;
    private final List<String> args;

    /** A failure worded only in English. */
    public PhrasedException(String message) {
        this(message, null);
    }

    /** A failure worded only in English. */
    public PhrasedException(String message, Throwable cause) {
        super(message, cause);
        this.phrase = null;
        this.args = List.of();
    }

    /** One of the common failures; its message is the phrase's English wording. */
    public PhrasedException(FailurePhrase phrase, Throwable cause, Object... args) {
        this(phrase, texts(args), cause);
    }

    private PhrasedException(FailurePhrase phrase, List<String> args, Throwable cause) {
        super(phrase.english(args), cause);
        this.phrase = phrase;
        this.args = args;
    }

    private static List<String> texts(Object... args) {
        List<String> out = new ArrayList<>(args.length);
        for (Object a : args) out.add(String.valueOf(a));
        return List.copyOf(out);
    }

    /** Which common failure this is; null when it is worded only in English. */
    public FailurePhrase phrase() {
        return phrase;
    }

    /** The phrase's arguments as text (paths, names, numbers). */
    public List<String> phraseArgs() {
        return args;
    }
}
