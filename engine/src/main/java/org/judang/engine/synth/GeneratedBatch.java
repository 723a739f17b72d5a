package org.judang.engine.synth;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.judang.engine.model.ObjectType;

/**
 * What {@link SyntheticBatchGenerator#write} produced.
 *
 * @param captures   the capture batch directory
 * @param gallery    the gallery (real-name) batch directory, null when no gallery was asked for
 * @param truth      {@code truth.tsv}: object ID, tab, identity label, one line per capture record
 * @param counts     capture records per object type (every type present, zero when none)
 * @param identities distinct labels in {@code truth.tsv}: persons, motor vehicles, non-motor vehicles and things
 */
public record GeneratedBatch(Path captures, Path gallery, Path truth, Map<ObjectType, Long> counts, long identities) {
    public GeneratedBatch {
        // An EnumMap keeps the types in their declared order wherever the counts are printed.
        counts = Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    public long records() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
