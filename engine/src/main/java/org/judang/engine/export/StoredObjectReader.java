package org.judang.engine.export;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.judang.engine.store.StoreException;

import java.io.IOException;
import java.util.List;

/** Reads a record's stored object (its raw JSON) back into a tree the export can rewrite. */
final class StoredObjectReader {
    private final ObjectMapper mapper;

    StoredObjectReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    JsonNode read(String recordId, String raw) {
        try {
            return mapper.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new StoreException("Record " + recordId + " holds an object that cannot be read back (" + e.getOriginalMessage()
                    + "); the case may be damaged. Re-import the batch that holds it.", e);
        }
    }

    /**
     * The values of some top-level fields of a stored object ({@code values[i]} of {@code names.get(i)}, null where
     * absent), each read as {@link #read} would give it, without building the rest of the object: a vehicle archive's
     * description needs seven fields of each member.
     */
    JsonNode[] fields(String recordId, byte[] raw, List<String> names) {
        JsonNode[] values = new JsonNode[names.size()];
        try (JsonParser p = mapper.getFactory().createParser(raw)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new JsonParseException(p, "not an object");
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                int i = names.indexOf(p.currentName());
                p.nextToken();
                if (i >= 0) values[i] = mapper.readTree(p);
                else p.skipChildren();
            }
            return values;
        } catch (IOException e) {
            String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new StoreException("Record " + recordId + " holds an object that cannot be read back (" + why
                    + "); the case may be damaged. Re-import the batch that holds it.", e);
        }
    }
}
