package org.judang.engine.ingest;

import org.judang.engine.model.FeatureSpace;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.FeatureSpaces;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The feature spaces an import meets: which dimension each (type, vendor, algorithm) already has, in the case or
 * earlier in this batch, and the space rows themselves. A new space is committed in its own small transaction before
 * any vector is written to its file, so that a vector file never exists without its space row.
 */
final class SpaceCatalog {
    private final CaseStore store;
    private final Map<String, Set<Integer>> dimensions = new HashMap<>();
    private final Map<SpaceKey, FeatureSpace> resolved = new HashMap<>();
    private final List<Integer> created = new ArrayList<>();

    SpaceCatalog(CaseStore store) {
        this.store = store;
    }

    /** The dimension the key's algorithm already has when it differs from the key's, else null. */
    Integer conflictingDimension(SpaceKey key) {
        Set<Integer> known = known(key);
        if (known.isEmpty() || known.contains(key.dimension())) return null;
        return known.iterator().next();
    }

    /** Whether the space exists in the case or a record of this import has claimed it. */
    boolean knows(SpaceKey key) {
        return known(key).contains(key.dimension());
    }

    /** Fixes the algorithm's dimension for the rest of the batch: the first accepted record decides it. */
    void claim(SpaceKey key) {
        known(key).add(key.dimension());
    }

    private Set<Integer> known(SpaceKey key) {
        return dimensions.computeIfAbsent(key.algorithmLabel(), k -> store.db().read(c -> {
            Set<Integer> dims = new HashSet<>();
            for (FeatureSpace s : FeatureSpaces.byAlgorithm(c, key.type(), key.vendor(), key.algorithm())) dims.add(s.dimension());
            return dims;
        }));
    }

    /** The space row of a key, created (and committed) if the case has none yet. */
    FeatureSpace resolve(SpaceKey key) {
        FeatureSpace known = resolved.get(key);
        if (known != null) return known;
        boolean[] isNew = new boolean[1];
        FeatureSpace space = store.db().inTransaction(c -> {
            for (FeatureSpace s : FeatureSpaces.byAlgorithm(c, key.type(), key.vendor(), key.algorithm())) {
                if (s.dimension() == key.dimension()) return s;
            }
            isNew[0] = true;
            return FeatureSpaces.findOrCreate(c, key.type(), key.vendor(), key.algorithm(), key.dimension());
        });
        if (isNew[0]) created.add(space.id());
        resolved.put(key, space);
        return space;
    }

    /** Ids of the spaces this import created. */
    List<Integer> created() {
        return created;
    }
}
