package org.judang.engine.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.model.FailurePhrase;
import org.judang.engine.model.Phrase;

import java.util.ArrayList;
import java.util.List;

/**
 * How a {@link TaskText} is kept in the case's task list (the {@code name}, {@code stage} and {@code message}
 * columns): a plain text as itself; a phrase as a small JSON object with its English text, so that a finished task
 * still shows in the person's language when the case is opened again ({@code {"phrase":…}} for a task phrase,
 * {@code {"failure":…}} for a failure's). A value that is not such an object (a task list of an older version) is
 * read as plain text.
 */
final class StoredTaskText {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PHRASE = "phrase";
    private static final String FAILURE = "failure";

    private StoredTaskText() {}

    static String write(TaskText t) {
        if (t == null) return null;
        if (t.phrase() == null) return t.text();
        ObjectNode o = JSON.createObjectNode().put(t.phrase() instanceof FailurePhrase ? FAILURE : PHRASE, t.phrase().name());
        var args = o.putArray("args");
        t.args().forEach(args::add);
        o.put("text", t.text());
        return o.toString();
    }

    static TaskText read(String stored) {
        if (stored == null) return null;
        if (!stored.startsWith("{\"" + PHRASE + "\":") && !stored.startsWith("{\"" + FAILURE + "\":")) return TaskText.plain(stored);
        try {
            JsonNode o = JSON.readTree(stored);
            String text = o.path("text").asText(stored);
            Phrase phrase;
            try {
                phrase = o.has(FAILURE) ? FailurePhrase.valueOf(o.path(FAILURE).asText()) : TaskPhrase.valueOf(o.path(PHRASE).asText());
            } catch (IllegalArgumentException e) {
                return TaskText.plain(text); // a phrase of a newer version: its English text
            }
            List<String> args = new ArrayList<>();
            o.path("args").forEach(a -> args.add(a.asText()));
            return new TaskText(phrase, args, text);
        } catch (JsonProcessingException e) {
            return TaskText.plain(stored);
        }
    }
}
