package org.judang.engine.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * How message bodies are parsed and written back: within limits that make a hostile file fail cleanly (string
 * length, nesting depth), and with decimals kept as written ({@code 120.50} stays {@code 120.50}) so the stored object
 * is the one received.
 */
final class BodyJson {
    private final ObjectMapper mapper;

    BodyJson(IngestLimits limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(limits.maxStringLength())
                        .maxNestingDepth(limits.maxNestingDepth())
                        .build())
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }

    JsonParser parser(Reader reader) throws IOException {
        return mapper.createParser(reader);
    }

    /** Reads the value the parser stands on (its first token already read) as a tree. */
    JsonNode readTree(JsonParser parser) throws IOException {
        return mapper.readTree(parser);
    }

    JsonNode readTree(String text) throws JsonProcessingException {
        return mapper.readTree(text);
    }

    /** The compact JSON text of a tree: what content hashes are taken of and what is stored as raw. */
    String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("A parsed object could not be written back as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
