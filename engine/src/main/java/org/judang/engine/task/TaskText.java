package org.judang.engine.task;

import org.judang.engine.model.Phrase;

import java.util.ArrayList;
import java.util.List;

/**
 * A line about a task (its name, its stage, its outcome) as both a stable phrase with arguments, which a user
 * interface translates, and the English text. The phrase is a {@link TaskPhrase}, or for a task that failed in one of
 * the common ways a {@link org.judang.engine.model.FailurePhrase}. A text the engine has no phrase for (any other
 * failure's message, a task list written by an older version) is plain: no phrase, no arguments.
 *
 * @param phrase null for a plain text
 * @param args   the phrase's arguments as text
 * @param text   the English text
 */
public record TaskText(Phrase phrase, List<String> args, String text) {
    public TaskText {
        args = List.copyOf(args);
        if (text == null) throw new IllegalArgumentException("a task text needs its English text");
    }

    /** A text without a phrase; null stays null. */
    public static TaskText plain(String text) {
        return text == null ? null : new TaskText(null, List.of(), text);
    }

    public static TaskText of(Phrase phrase, Object... args) {
        List<String> texts = new ArrayList<>(args.length);
        for (Object a : args) texts.add(String.valueOf(a));
        return new TaskText(phrase, texts, phrase.english(texts));
    }

    @Override
    public String toString() {
        return text;
    }
}
