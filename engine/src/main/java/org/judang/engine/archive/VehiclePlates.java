package org.judang.engine.archive;

import org.judang.engine.cluster.UnionFind;
import org.judang.engine.model.PlateKey;
import org.judang.engine.vector.Vectors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Joins vehicle clusters that carry the same plate (allowing OCR confusions), unless they look clearly different:
 * then the plate is on two vehicles — a suspected cloned plate (套牌) — and both are flagged instead of merged.
 * "Clearly different" is judged on the space's own scale: centres closer to the strangers' mean similarity than to
 * the linking threshold.
 */
final class VehiclePlates {
    /** Clusters to merge have been merged in the union-find; these component roots carry a suspected cloned plate. */
    record Outcome(Set<Integer> clonedPlate) {}

    private VehiclePlates() {}

    /**
     * @param components component root of each node (after appearance clustering)
     * @param plates     plate of each node, null when unread
     * @param centreOf   the normalised appearance centre of a component root
     * @param bar        centre similarity below which two vehicles are clearly different
     */
    static Outcome join(UnionFind uf, int n, String[] plates, java.util.function.IntFunction<float[]> centreOf, double bar) {
        Map<String, List<Integer>> rootsByKey = new TreeMap<>();
        Map<Integer, Integer> sizes = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) sizes.merge(uf.find(i), 1, Integer::sum);
        for (int i = 0; i < n; i++) {
            String key = PlateKey.of(plates[i]);
            if (key == null) continue;
            List<Integer> roots = rootsByKey.computeIfAbsent(key, k -> new ArrayList<>());
            int root = uf.find(i);
            if (!roots.contains(root)) roots.add(root);
        }
        Set<Integer> cloned = new HashSet<>();
        for (List<Integer> roots : rootsByKey.values()) {
            if (roots.size() < 2) continue;
            // largest first: each smaller cluster joins the first larger one it resembles
            roots.sort((a, b) -> sizes.get(b) - sizes.get(a) != 0 ? sizes.get(b) - sizes.get(a) : Integer.compare(a, b));
            List<Integer> vehicles = new ArrayList<>();
            List<float[]> centres = new ArrayList<>();
            for (int r : roots) {
                float[] c = centreOf.apply(r);
                int match = -1;
                for (int v = 0; v < vehicles.size(); v++) {
                    if (Vectors.dot(c, centres.get(v)) >= bar) {
                        match = v;
                        break;
                    }
                }
                if (match >= 0) {
                    uf.union(vehicles.get(match), r);
                } else {
                    vehicles.add(r);
                    centres.add(c);
                }
            }
            if (vehicles.size() > 1) {
                for (int r : roots) cloned.add(r);
            }
        }
        Set<Integer> clonedRoots = new HashSet<>();
        for (int r : cloned) clonedRoots.add(uf.find(r));
        return new Outcome(clonedRoots);
    }
}
