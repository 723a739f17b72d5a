package org.judang.engine;

import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.FeatureSpace;
import org.judang.engine.model.ObjectType;

import java.util.List;
import java.util.Map;

/** The figures of a case at a glance: what it holds, per object type and per archive kind. */
public record CaseOverview(String name, String libraryId, long records, Map<ObjectType, Long> recordsByType, long archives,
                           Map<ArchiveKind, Long> archivesByKind, long unarchived, long cameras, long gallery, long batches,
                           List<FeatureSpace> spaces) {
}
