package org.judang.engine.model;

import java.util.List;

/**
 * A sentence the engine says to a person, with a stable name that a user interface looks up in its own language and
 * the English wording that the command line and every other client see. Arguments fill {@code {0}}, {@code {1}}…
 * Task names, stages and outcomes ({@code task.TaskPhrase}) and the common failures ({@link FailurePhrase}) are phrases.
 */
public interface Phrase {
    /** The stable name (an enum constant's name). */
    String name();

    /** The English wording with {@code {0}}, {@code {1}}… for the arguments. */
    String english();

    /** The English wording with the arguments filled in. */
    default String english(List<String> args) {
        // one pass, so that an argument holding "{1}" stays as it is
        return java.util.regex.Pattern.compile("\\{(\\d+)}").matcher(english()).replaceAll(m -> {
            int i = Integer.parseInt(m.group(1));
            return java.util.regex.Matcher.quoteReplacement(i < args.size() ? args.get(i) : m.group());
        });
    }
}
