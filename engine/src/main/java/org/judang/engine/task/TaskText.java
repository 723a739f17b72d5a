package org.judang.engine.task;

import java.util.ArrayList;
import java.util.List;

/**
 * A line about a task (its name, its stage, its outcome) as both a stable phrase with arguments, which a user
 * interface translates, and the English text. A text the engine has no phrase for (a failure's message, a task list
 * written by an older version) is plain: no phrase, no arguments.
 *
 * @param phrase null for a plain text
 * @param args   the phrase's arguments as text
 * @param text   the English text
 */
public record TaskText(TaskPhrase phrase, List<String> args, String text) {
    public TaskText {
        args = List.copyOf(args);
        if (text == null) throw new IllegalArgumentException("a task text needs its English text");
    }

    /** A text without a phrase; null stays null. */
    public static TaskText plain(String text) {
        return text == null ? null : new TaskText(null, List.of(), text);
    }

    public static TaskText of(TaskPhrase phrase, Object... args) {
        List<String> texts = new ArrayList<>(args.length);
        for (Object a : args) texts.add(String.valueOf(a));
        String english = phrase.english();
        for (int i = 0; i < texts.size(); i++) english = english.replace("{" + i + "}", texts.get(i));
        return new TaskText(phrase, texts, english);
    }

    @Override
    public String toString() {
        return text;
    }
}
