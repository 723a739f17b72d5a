package org.judang.engine.archive;

import org.judang.engine.cluster.ThresholdEstimate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How one feature space would cluster at thresholds around the one a run would use.
 *
 * @param chosen the threshold the next run would use
 * @param rows   one row per threshold tried, in increasing order
 */
public record ThresholdPreview(String space, long records, double chosen, ThresholdSource source, ThresholdEstimate estimate, List<Row> rows) {

    /** The archives a threshold would make: all of them, one-record ones, and the largest. */
    public record Row(double threshold, long archives, long singletons, long largest) {
        static Row of(double threshold, int[] labels) {
            Map<Integer, Integer> sizes = new HashMap<>();
            for (int l : labels) sizes.merge(l, 1, Integer::sum);
            long singles = sizes.values().stream().filter(v -> v == 1).count();
            long largest = sizes.values().stream().mapToLong(Integer::longValue).max().orElse(0);
            return new Row(threshold, sizes.size(), singles, largest);
        }
    }
}
