package org.judang.app.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.judang.engine.message.MessageMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Reads a request body in two steps, so that each failure gets its GA/T 1400 code:
 * <ol>
 *   <li>as JSON, streamed under a size limit (413 past it, the rest never read) and Jackson's read constraints
 *       (nesting depth, number and string length): anything that is not one well-formed JSON value in UTF-8 is
 *       StatusCode 7;</li>
 *   <li>as the message body the path takes: a missing wrapper, a wrong type (a text where a number is due, a
 *       fraction where a whole number is due), an unreadable time is StatusCode 8.</li>
 * </ol>
 */
final class BodyReader {
    /** Message bodies nest a few levels (query → conditions → sub-image → feature); far more is an attack. */
    static final int MAX_DEPTH = 64;
    /** Longer than any coordinate, count or code. */
    static final int MAX_NUMBER_LENGTH = 64;

    private final long maxBytes;
    private final ObjectMapper mapper;

    BodyReader(long maxBytes) {
        this.maxBytes = maxBytes;
        int maxString = (int) Math.min(Integer.MAX_VALUE, maxBytes);
        this.mapper = MessageMapper.create(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(maxString).build());
    }

    long maxBytes() { return maxBytes; }

    /** The mapper answers are written with: the same configuration bodies are read with. */
    ObjectMapper mapper() { return mapper; }

    /** Refuses a body announced larger than the limit, before reading any of it. */
    void checkLength(long contentLength) {
        if (contentLength > maxBytes) throw tooLarge();
    }

    /** Step 1: the body as a JSON tree. */
    JsonNode readTree(InputStream body) {
        try (JsonParser p = mapper.createParser(new LimitedInputStream(body, maxBytes))) {
            JsonNode tree = mapper.readTree(p);
            if (tree == null || tree.isMissingNode()) throw InterfaceException.badJson("The body is empty; this request takes a JSON message body.");
            if (p.nextToken() != null) throw InterfaceException.badJson("The body holds more than one JSON value (something follows the first, at "
                    + p.currentLocation().getCharOffset() + ").");
            return tree;
        } catch (LimitedInputStream.TooLarge e) {
            throw tooLarge();
        } catch (StreamConstraintsException e) {
            throw InterfaceException.badJson("The body goes beyond what this interface reads: "
                    + e.getOriginalMessage().replaceAll("\\((\\d+), from `[^`]*`\\)", "($1)") + ".");
        } catch (JsonProcessingException e) {
            throw InterfaceException.badJson("The body is not well-formed JSON in UTF-8: " + e.getOriginalMessage().replaceAll("\\[Source: [^;\\]]*; ", "[")
                    + (e.getLocation() != null && e.getLocation().getLineNr() > 0 ? " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")" : "") + ".");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the request body: " + e.getMessage(), e);
        }
    }

    /** Step 2: the message body {@code {"key":{…}}} as {@code type}. */
    <T> T convert(JsonNode tree, String key, Class<T> type) {
        if (!tree.isObject() || !tree.has(key)) {
            throw InterfaceException.badContent("Expected a message body {\"" + key + "\":{…}}" + (tree.isObject() && tree.size() > 0
                    ? "; it has " + fieldList(tree) : "") + ".");
        }
        if (!tree.get(key).isObject()) throw InterfaceException.badContent(key + " must be an object {…}.");
        try {
            return mapper.readerFor(type).without(DeserializationFeature.ACCEPT_FLOAT_AS_INT).readValue(tree);
        } catch (JsonMappingException e) {
            throw InterfaceException.badContent(describe(e));
        } catch (JsonProcessingException e) {
            throw InterfaceException.badContent(e.getOriginalMessage() + ".");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InterfaceException tooLarge() {
        return new InterfaceException(413, org.judang.engine.message.StatusCode.INVALID_OPERATION,
                "The body is larger than this interface takes (" + maxBytes + " bytes). Ask for fewer records or send fewer IDs at a time.");
    }

    private static String fieldList(JsonNode tree) {
        StringBuilder sb = new StringBuilder();
        tree.fieldNames().forEachRemaining(n -> sb.append(sb.length() == 0 ? "" : ", ").append('"').append(n).append('"'));
        return sb.toString();
    }

    /** "ArchiveQueryObject.PageRecordNum: expected a whole number, got "many"", in the body's own names. */
    static String describe(JsonMappingException e) {
        String path = e.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
        String where = path.isEmpty() ? "The body" : path;
        if (e instanceof InvalidFormatException f) {
            return where + ": expected " + expected(f.getTargetType()) + ", got " + quoted(f.getValue()) + ".";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return where + ": expected " + expected(m.getTargetType()) + ".";
        }
        return where + ": " + e.getOriginalMessage() + ".";
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) return "a whole number";
        if (type == Double.class || type == double.class) return "a number";
        if (type == String.class) return "a text";
        if (type == LocalDateTime.class) return "a time yyyyMMddHHmmss";
        if (Collection.class.isAssignableFrom(type)) return "a list";
        if (type.isEnum()) return "a code";
        return "an object {…}";
    }

    private static String quoted(Object value) {
        String s = String.valueOf(value);
        if (s.length() > 40) s = s.substring(0, 40) + "…";
        return value instanceof String ? "\"" + s + "\"" : s;
    }
}
