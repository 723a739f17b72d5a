package org.judang.engine.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.judang.engine.store.StoreException;

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
}
