package org.judang.engine.archive;

import java.util.List;

/**
 * What a clustering run did.
 *
 * @param spaces          one line per feature space clustered
 * @param touchedArchives the archives the run created or extended, in ID order
 */
public record ArchivingSummary(long recordsClustered, long archivesCreated, long archivesUpdated, long millis, List<SpaceSummary> spaces,
                               List<String> touchedArchives) {

    /** One feature space's part of the run. */
    public record SpaceSummary(int spaceId, String space, long records, double threshold, ThresholdSource thresholdSource, long clusters,
                               long joinedExisting, long knnMillis, long clusterMillis) {}
}
