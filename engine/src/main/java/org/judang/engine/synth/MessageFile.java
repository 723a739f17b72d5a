package org.judang.engine.synth;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * One message-body file written element by element, never holding more than one element in memory: either a
 * GA/T 1400 list wrapper ({@code {"FaceListObject":{"FaceObject":[…]}}}, one element per line for readability) or
 * JSON Lines with one wrapped element per line ({@code {"FaceObject":{…}}}).
 */
final class MessageFile implements Closeable {
    private final String elementKey;
    private final boolean jsonLines;
    private final JsonGenerator json;
    private long elements;

    MessageFile(Path path, String listKey, String elementKey, boolean jsonLines, JsonFactory factory) throws IOException {
        this.elementKey = elementKey;
        this.jsonLines = jsonLines;
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(path, StandardOpenOption.CREATE_NEW), 1 << 16);
        json = factory.createGenerator(out, JsonEncoding.UTF8);
        // Elements are root-level values to the generator; the framing between them is written here, by hand.
        json.setRootValueSeparator(null);
        if (!jsonLines) json.writeRaw("{\"" + listKey + "\":{\"" + elementKey + "\":[\n");
    }

    /** Starts an element: the caller writes one JSON object on the returned generator, then calls {@link #end()}. */
    JsonGenerator begin() throws IOException {
        if (jsonLines) {
            json.writeStartObject();
            json.writeFieldName(elementKey);
        } else if (elements > 0) {
            json.writeRaw(",\n");
        }
        return json;
    }

    void end() throws IOException {
        if (jsonLines) {
            json.writeEndObject();
            json.writeRaw('\n');
        }
        elements++;
    }

    @Override
    public void close() throws IOException {
        try (json) {
            if (!jsonLines) json.writeRaw("\n]}}\n");
        }
    }
}
