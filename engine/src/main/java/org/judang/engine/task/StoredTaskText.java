package org.judang.engine.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * How a {@link TaskText} is kept in the case's task list (the {@code name}, {@code stage} and {@code message}
 * columns): a plain text as itself; a phrase as a small JSON object with its English text, so that a finished task
 * still shows in the person's language when the case is opened again. A value that is not such an object (a task
 * list of an older version) is read as plain text.
 */
final class StoredTaskText {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "{\"phrase\":";

    private StoredTaskText() {}

    static String write(TaskText t) {
        if (t == null) return null;
        if (t.phrase() == null) return t.text();
        ObjectNode o = JSON.createObjectNode().put("phrase", t.phrase().name());
        var args = o.putArray("args");
        t.args().forEach(args::add);
        o.put("text", t.text());
        return o.toString();
    }

    static TaskText read(String stored) {
        if (stored == null) return null;
        if (!stored.startsWith(PREFIX)) return TaskText.plain(stored);
        try {
            JsonNode o = JSON.readTree(stored);
            String text = o.path("text").asText(stored);
            TaskPhrase phrase;
            try {
                phrase = TaskPhrase.valueOf(o.path("phrase").asText());
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
