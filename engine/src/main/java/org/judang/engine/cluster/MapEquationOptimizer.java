package org.judang.engine.cluster;

import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.task.TaskPhrase;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Minimises the two-level map equation over partitions of a {@link SimilarityGraph}, in the way the map equation's
 * authors describe (Rosvall and Bergstrom 2008; the Louvain scheme of Blondel et al. 2008 as the core):
 * <ol>
 *   <li>every node starts in its own module; {@link ModuleSearch} moves nodes to the neighbouring module that
 *       lowers L most, in random order, until no sweep helps;</li>
 *   <li>the modules become the nodes of a smaller graph (their flow, exit and the summed weights between them)
 *       and step 1 runs on it; this repeats while modules still merge;</li>
 *   <li>fine tuning: the leaves are moved again one by one, starting from the modules found, which lets single
 *       nodes leave a module they were swept into with a whole group; then step 2 again. Rounds stop when L no
 *       longer drops.</li>
 * </ol>
 * Several trials with different node orders run (in parallel, each deterministic for its seed); the partition
 * with the shortest code length wins, ties to the earlier trial.
 */
final class MapEquationOptimizer {
    /** The partition found, as module per node (values in {@code 0..n-1}), and its code length in bits. */
    record Result(int[] modules, double codelength) {}

    private static final int MAX_SWEEPS = 30;
    private static final int MAX_ROUNDS = 4;

    private final int trials;

    MapEquationOptimizer(int trials) {
        if (trials < 1) throw new IllegalArgumentException("at least one trial, not " + trials);
        this.trials = trials;
    }

    Result optimize(SimilarityGraph graph, long seed, ProgressListener progress, CancellationToken cancel) {
        FlowLevel leaves = FlowLevel.leaves(graph);
        double nodeTerm = leaves.nodeTerm();
        progress.stage(trials == 1 ? TaskPhrase.MAP_EQUATION_TRIAL.with() : TaskPhrase.MAP_EQUATION_TRIALS.with(trials), trials);
        Result[] results = IntStream.range(0, trials).parallel().mapToObj(t -> {
            Result r = trial(leaves, nodeTerm, new SplittableRandom(seed * 0x9E3779B97F4A7C15L + t), cancel);
            progress.advance(1);
            return r;
        }).toArray(Result[]::new);
        cancel.throwIfCancelled();
        Result best = results[0];
        for (Result r : results) if (r.codelength() < best.codelength()) best = r;
        return best;
    }

    private static Result trial(FlowLevel leaves, double nodeTerm, SplittableRandom random, CancellationToken cancel) {
        int n = leaves.size;
        int[] modules = new int[n];
        for (int i = 0; i < n; i++) modules[i] = i;
        double length = Double.POSITIVE_INFINITY;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            ModuleSearch current = new ModuleSearch(leaves, modules, nodeTerm);
            current.run(random, MAX_SWEEPS, cancel);
            double found = current.codelength();
            FlowLevel level = leaves;
            int[] leafNode = new int[n];
            for (int i = 0; i < n; i++) leafNode[i] = i;
            while (true) {
                int[] dense = new int[level.size];
                FlowLevel up = level.aggregate(current.module, current.moduleFlow, current.moduleExit, dense);
                for (int i = 0; i < n; i++) leafNode[i] = dense[leafNode[i]];
                int[] singletons = new int[up.size];
                for (int i = 0; i < up.size; i++) singletons[i] = i;
                ModuleSearch above = new ModuleSearch(up, singletons, nodeTerm);
                if (above.run(random, MAX_SWEEPS, cancel) == 0) break;
                found = above.codelength();
                level = up;
                current = above;
            }
            boolean improved = found < length - ModuleSearch.MIN_IMPROVEMENT;
            if (found < length) {
                length = found;
                modules = leafNode;
            }
            if (!improved) break;
        }
        return new Result(modules, length);
    }
}
