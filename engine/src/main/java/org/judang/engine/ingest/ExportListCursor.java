package org.judang.engine.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Walks the elements of one export-package file {@code {"XxxListObject":{"XxxObject":[…]}}} one at a time, so that
 * memory does not grow with the file. The file's JSON is checked beforehand ({@link #checkSyntax}); what this cursor
 * refuses is a file of the wrong shape.
 */
final class ExportListCursor implements Closeable {
    private final JsonParser parser;
    private final String file;
    private final boolean single;
    private long position;
    private boolean done;

    private ExportListCursor(JsonParser parser, String file, boolean single) {
        this.parser = parser;
        this.file = file;
        this.single = single;
    }

    /**
     * Opens the file and walks to its element list.
     *
     * @throws BatchUnreadableException when the file is not the list it should be
     */
    static ExportListCursor open(BodyJson json, String file, InputStream in, String listKey, String elementKey) throws IOException {
        JsonParser p = json.parser(new InputStreamReader(Utf8Text.withoutByteOrderMark(in), StandardCharsets.UTF_8));
        try {
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME || !listKey.equals(p.currentName())
                    || p.nextToken() != JsonToken.START_OBJECT) {
                throw new BatchUnreadableException(file + " is not an export's " + listKey + " ({\"" + listKey + "\":{\"" + elementKey
                        + "\":[…]}}); nothing was imported. Give the folder or .zip of a full export.");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                JsonToken value = p.nextToken();
                if (p.currentName().equals(elementKey) && (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT)) {
                    return new ExportListCursor(p, file, value == JsonToken.START_OBJECT);
                }
                p.skipChildren();
            }
            ExportListCursor empty = new ExportListCursor(p, file, false);
            empty.done = true;
            return empty;
        } catch (IOException | RuntimeException e) {
            p.close();
            throw e;
        }
    }

    /** Reads through a JSON file; returns what is wrong with it, or null when it is well-formed. */
    static String checkSyntax(BodyJson json, String file, InputStream in) throws IOException {
        try (JsonParser p = json.parser(new InputStreamReader(Utf8Text.withoutByteOrderMark(in), StandardCharsets.UTF_8))) {
            while (p.nextToken() != null) {
                // every token read is a token checked
            }
            return null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return file + " " + MessageBodyReader.whatBroke(e) + MessageBodyReader.documentLocation(e.getLocation());
        }
    }

    /**
     * Moves to the next element: true when there is one. The caller then reads it whole ({@link #readElement}),
     * streams it to its end, or, when it is not an object ({@link #atObject()} false), skips it with
     * {@link #skipElement()}.
     */
    boolean next() throws IOException {
        if (done) return false;
        if (single) {
            done = position > 0;
            if (!done) position = 1;
            return !done;
        }
        JsonToken t = parser.nextToken();
        if (t == null || t == JsonToken.END_ARRAY) {
            done = true;
            return false;
        }
        position++;
        return true;
    }

    /** Whether the current element is an object. */
    boolean atObject() {
        return parser.currentToken() == JsonToken.START_OBJECT;
    }

    void skipElement() throws IOException {
        parser.skipChildren();
    }

    /** The 1-based number of the current element. */
    long position() { return position; }

    String file() { return file; }

    /** The current element as a tree (the cursor stands on its {@code START_OBJECT}). */
    ObjectNode readElement(BodyJson json) throws IOException {
        return (ObjectNode) json.readTree(parser);
    }

    /** The parser, to stream the current element field by field. */
    JsonParser parser() { return parser; }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
