package org.judang.engine.archive;

import org.judang.engine.model.FeatureSpace;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.store.CaseStore;
import org.judang.engine.vector.MappedVectors;

import java.util.HashMap;
import java.util.Map;

/** Reads records' stored vectors, mapping each space's file once for the life of this object (one operation). */
public final class StoredVectors implements ArchiveSummaryBuilder.VectorSource {
    private final CaseStore store;
    private final Map<Integer, MappedVectors> mapped = new HashMap<>();

    public StoredVectors(CaseStore store) {
        this.store = store;
    }

    @Override
    public float[] vectorOf(ObjectRecord r) {
        return vectorOf(r.spaceId(), r.ordinal());
    }

    /** The vector at {@code ordinal} of space {@code spaceId}; null for a record without one. */
    public float[] vectorOf(int spaceId, long ordinal) {
        if (spaceId <= 0 || ordinal < 0) return null;
        MappedVectors m = mapped.computeIfAbsent(spaceId, id -> {
            FeatureSpace s = store.spaces().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
            return store.vectors().file(s).map();
        });
        return m.get(ordinal);
    }
}
