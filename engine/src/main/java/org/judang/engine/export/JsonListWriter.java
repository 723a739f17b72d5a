package org.judang.engine.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams one message-body file of the form {@code {"XxxListObject":{"XxxObject":[ … ]}}}, element by element, so
 * that a file of any size is written in constant memory.
 */
final class JsonListWriter implements Closeable {
    private final JsonGenerator generator;
    private final ObjectWriter elementWriter;

    private JsonListWriter(JsonGenerator generator, ObjectWriter elementWriter) {
        this.generator = generator;
        this.elementWriter = elementWriter;
    }

    static JsonListWriter open(Path file, ObjectMapper mapper, String listKey, String elementKey) throws IOException {
        JsonGenerator g = mapper.createGenerator(Files.newOutputStream(file), JsonEncoding.UTF8);
        g.writeStartObject();
        g.writeObjectFieldStart(listKey);
        g.writeArrayFieldStart(elementKey);
        // Flushing after every element would cost a system call per archive for nothing.
        return new JsonListWriter(g, mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE));
    }

    /** Writes one element with the message mapper's settings. */
    void write(Object element) throws IOException {
        elementWriter.writeValue(generator, element);
    }

    /** {@link #write}, for callers that cannot throw {@link IOException}. */
    void writeUnchecked(Object element) {
        try {
            write(element);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** The generator, for elements streamed field by field; leave it where it was found. */
    JsonGenerator generator() {
        return generator;
    }

    @Override
    public void close() throws IOException {
        try {
            generator.writeEndArray();
            generator.writeEndObject();
            generator.writeEndObject();
            generator.writeRaw('\n');
        } finally {
            generator.close();
        }
    }
}
