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
 * Plates as evidence in vehicle clustering (一车一档). Appearance alone confuses vehicles of one model and colour, so
 * an appearance cluster that carries clearly different plates is {@linkplain #separate separated} by plate; and
 * clusters that carry the same plate (allowing OCR confusions) are {@linkplain #join joined}, unless they look
 * clearly different: then the plate is on two vehicles — a suspected cloned plate (套牌) — and both are flagged
 * instead of merged. "Clearly different" is judged on the space's own scale: centres closer to the strangers' mean
 * similarity than to the linking threshold.
 */
final class VehiclePlates {
    /** Clusters to merge have been merged in the union-find; these component roots carry a suspected cloned plate. */
    record Outcome(Set<Integer> clonedPlate) {}

    private VehiclePlates() {}

    /**
     * Splits each cluster whose records carry clearly different plates ({@link PlateKey#clearlyDifferent}) into one
     * cluster per plate; its unplated records go to the plate whose records' centre they are most similar to.
     *
     * @param labels   cluster label of each node, a node index; relabelled in place (a new cluster is labelled by
     *                 its first node)
     * @param plates   plate of each node, null when unread
     * @param vectorOf the normalised vector of a node
     * @return how many clusters were split
     */
    static int separate(int[] labels, String[] plates, java.util.function.IntFunction<float[]> vectorOf) {
        Map<Integer, List<Integer>> clusters = new TreeMap<>();
        for (int i = 0; i < labels.length; i++) clusters.computeIfAbsent(labels[i], x -> new ArrayList<>()).add(i);
        int split = 0;
        for (List<Integer> members : clusters.values()) {
            // plate groups: keys one character apart count as one plate (the larger group's key names it)
            Map<String, List<Integer>> byKey = new TreeMap<>();
            List<Integer> unplated = new ArrayList<>();
            for (int i : members) {
                String key = PlateKey.of(plates[i]);
                if (key == null) unplated.add(i);
                else byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            if (byKey.size() < 2) continue;
            List<List<Integer>> vehicles = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            byKey.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size()).forEach(e -> {
                for (int v = 0; v < keys.size(); v++) {
                    if (!PlateKey.clearlyDifferent(keys.get(v), e.getKey())) {
                        vehicles.get(v).addAll(e.getValue());
                        return;
                    }
                }
                keys.add(e.getKey());
                vehicles.add(new ArrayList<>(e.getValue()));
            });
            if (vehicles.size() < 2) continue;
            split++;
            List<float[]> centres = new ArrayList<>();
            for (List<Integer> v : vehicles) centres.add(centre(v, vectorOf));
            for (int i : unplated) {
                float[] x = vectorOf.apply(i);
                int best = 0;
                for (int v = 1; v < centres.size(); v++) if (Vectors.dot(x, centres.get(v)) > Vectors.dot(x, centres.get(best))) best = v;
                vehicles.get(best).add(i);
            }
            for (List<Integer> v : vehicles) {
                int label = v.stream().min(Integer::compare).orElseThrow();
                for (int i : v) labels[i] = label;
            }
        }
        return split;
    }

    private static float[] centre(List<Integer> nodes, java.util.function.IntFunction<float[]> vectorOf) {
        float[] c = null;
        for (int i : nodes) {
            float[] x = vectorOf.apply(i);
            if (c == null) c = new float[x.length];
            for (int d = 0; d < x.length; d++) c[d] += x[d];
        }
        Vectors.normalize(c);
        return c;
    }

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
