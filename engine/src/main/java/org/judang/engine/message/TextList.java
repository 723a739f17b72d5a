package org.judang.engine.message;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a list of IDs, plates or names sent as a JSON array ({@code ["a","b"]}), as one comma-separated string
 * ({@code "a,b"}, as GA/T 1400 senders often write {@code IDList}s), or as one value. Elements are trimmed; empty
 * ones are dropped; numbers are taken as their text.
 */
final class TextList extends StdDeserializer<List<String>> {
    TextList() {
        super(List.class);
    }

    @Override
    public List<String> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        List<String> out = new ArrayList<>();
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_ARRAY) {
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT) return wrongType(p, ctxt);
                add(out, p.getText());
            }
        } else if (t == JsonToken.VALUE_STRING) {
            for (String part : p.getText().split(",")) add(out, part);
        } else if (t == JsonToken.VALUE_NUMBER_INT) {
            add(out, p.getText());
        } else {
            return wrongType(p, ctxt);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<String> wrongType(JsonParser p, DeserializationContext ctxt) throws IOException {
        return (List<String>) ctxt.handleUnexpectedToken(List.class, p.currentToken(), p,
                "expected a list of texts: [\"a\",\"b\"] or \"a,b\"");
    }

    private static void add(List<String> out, String s) {
        String v = s.trim();
        if (!v.isEmpty()) out.add(v);
    }
}
