package org.judang.engine.cluster;

import org.judang.engine.task.CancellationToken;

import java.util.SplittableRandom;

/**
 * Greedy local moves of the nodes of one {@link FlowLevel} between modules, each move chosen by the exact change
 * of the map equation. Only modules of the node's neighbours and one empty module are candidates: moving to a
 * module without links to the node can only add exit flow.
 * <p>For node a with visit rate pₐ and exit flow qₐ, leaving module i (to which it sends flow wₐᵢ) and joining
 * module j (flow wₐⱼ), the module exits change to qᵢ' = qᵢ − qₐ + 2wₐᵢ and qⱼ' = qⱼ + qₐ − 2wₐⱼ (undirected flow:
 * what a sent to i's other members was internal and now leaves i, and the same flow came back), the module
 * flows to pᵢ − pₐ and pⱼ + pₐ, and the total exit q by the two exits' differences. The change of L then needs
 * only the terms of i, j and q.
 */
final class ModuleSearch {
    /** A sweep that improves the code length by less than this (in bits) ends the search at this level. */
    static final double MIN_IMPROVEMENT = 1e-10;

    private final FlowLevel level;
    private final double nodeTerm;
    final int[] module;
    final double[] moduleFlow;
    final double[] moduleExit;
    private final int[] moduleSize;
    private final int[] empty;
    private int emptyCount;
    private double totalExit;

    private final int[] stamp;
    private final double[] linkFlow;
    private final int[] candidates;
    private int stampId;

    /**
     * @param initial  module per node to start from (values in {@code 0..size-1}); it is copied
     * @param nodeTerm Σ pₐ ln pₐ over the leaves, the constant of the map equation
     */
    ModuleSearch(FlowLevel level, int[] initial, double nodeTerm) {
        this.level = level;
        this.nodeTerm = nodeTerm;
        int n = level.size;
        module = initial.clone();
        moduleFlow = new double[n];
        moduleExit = new double[n];
        moduleSize = new int[n];
        int maxDegree = 0;
        for (int a = 0; a < n; a++) {
            int m = module[a];
            moduleSize[m]++;
            moduleFlow[m] += level.nodeFlow[a];
            double internal = 0;
            for (int p = level.offsets[a]; p < level.offsets[a + 1]; p++) {
                if (module[level.targets[p]] == m) internal += level.weights[p];
            }
            moduleExit[m] += level.nodeExit[a] - internal * level.scale;
            maxDegree = Math.max(maxDegree, level.offsets[a + 1] - level.offsets[a]);
        }
        empty = new int[n];
        for (int m = n - 1; m >= 0; m--) if (moduleSize[m] == 0) empty[emptyCount++] = m;
        stamp = new int[n];
        linkFlow = new double[n];
        candidates = new int[maxDegree + 1];
        recomputeTotals();
    }

    /** The current code length in bits. */
    double codelength() { return MapEquation.codelength(moduleFlow, moduleExit, nodeTerm); }

    /**
     * Sweeps over the nodes in random order, moving each to its best module, until a sweep changes nothing or
     * improves the code length by less than {@link #MIN_IMPROVEMENT}.
     *
     * @return the number of moves made
     */
    int run(SplittableRandom random, int maxSweeps, CancellationToken cancel) {
        int n = level.size;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        // Only nodes whose neighbourhood changed since their last visit can find a better module: after the first
        // sweeps, when few nodes still move, this skips most of the work.
        boolean[] active = new boolean[n];
        java.util.Arrays.fill(active, true);
        int moves = 0;
        double before = codelength();
        for (int sweep = 0; sweep < maxSweeps; sweep++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i]; order[i] = order[j]; order[j] = t;
            }
            int sweepMoves = 0;
            for (int i = 0; i < n; i++) {
                if ((i & 4095) == 0) cancel.throwIfCancelled();
                int a = order[i];
                if (!active[a]) continue;
                active[a] = false;
                if (move(a)) {
                    sweepMoves++;
                    for (int p = level.offsets[a]; p < level.offsets[a + 1]; p++) active[level.targets[p]] = true;
                }
            }
            recomputeTotals();
            moves += sweepMoves;
            double after = codelength();
            if (sweepMoves == 0 || before - after < MIN_IMPROVEMENT) break;
            before = after;
        }
        return moves;
    }

    private boolean move(int a) {
        double pa = level.nodeFlow[a];
        if (pa <= 0) return false; // no edges: no flow, nothing to gain
        int from = module[a];
        int id = ++stampId;
        int nCandidates = 0;
        for (int p = level.offsets[a]; p < level.offsets[a + 1]; p++) {
            int m = module[level.targets[p]];
            if (stamp[m] != id) {
                stamp[m] = id;
                linkFlow[m] = 0;
                candidates[nCandidates++] = m;
            }
            linkFlow[m] += level.weights[p];
        }
        double scale = level.scale;
        double qa = level.nodeExit[a];
        double toFrom = stamp[from] == id ? linkFlow[from] * scale : 0;
        double exitFrom = moduleExit[from], flowFrom = moduleFlow[from];
        double exitFromAfter = moduleSize[from] == 1 ? 0 : exitFrom - qa + 2 * toFrom;
        double flowFromAfter = moduleSize[from] == 1 ? 0 : flowFrom - pa;
        double exitWithout = totalExit - exitFrom + exitFromAfter;
        double base = -MapEquation.plogp(totalExit)
                - 2 * (MapEquation.plogp(exitFromAfter) - MapEquation.plogp(exitFrom))
                + MapEquation.plogp(exitFromAfter + flowFromAfter) - MapEquation.plogp(exitFrom + flowFrom);

        double best = 0;
        int bestModule = from;
        double bestExit = 0;
        for (int c = 0; c < nCandidates; c++) {
            int m = candidates[c];
            if (m == from) continue;
            double exitTo = moduleExit[m], flowTo = moduleFlow[m];
            double exitToAfter = exitTo + qa - 2 * linkFlow[m] * scale;
            double delta = base + MapEquation.plogp(exitWithout - exitTo + exitToAfter)
                    - 2 * (MapEquation.plogp(exitToAfter) - MapEquation.plogp(exitTo))
                    + MapEquation.plogp(exitToAfter + flowTo + pa) - MapEquation.plogp(exitTo + flowTo);
            if (delta < best) {
                best = delta;
                bestModule = m;
                bestExit = exitToAfter;
            }
        }
        if (moduleSize[from] > 1 && emptyCount > 0) {
            double delta = base + MapEquation.plogp(exitWithout + qa) - 2 * MapEquation.plogp(qa) + MapEquation.plogp(qa + pa);
            if (delta < best) {
                best = delta;
                bestModule = empty[emptyCount - 1];
                bestExit = qa;
            }
        }
        if (bestModule == from) return false;

        if (moduleSize[bestModule] == 0) emptyCount--;
        totalExit = exitWithout - moduleExit[bestModule] + bestExit;
        moduleExit[from] = exitFromAfter;
        moduleFlow[from] = flowFromAfter;
        if (--moduleSize[from] == 0) empty[emptyCount++] = from;
        moduleExit[bestModule] = bestExit;
        moduleFlow[bestModule] += pa;
        moduleSize[bestModule]++;
        module[a] = bestModule;
        return true;
    }

    /** Clears the rounding drift of the incremental updates once per sweep. */
    private void recomputeTotals() {
        double t = 0;
        for (int m = 0; m < moduleExit.length; m++) {
            if (moduleSize[m] == 0) {
                moduleExit[m] = 0;
                moduleFlow[m] = 0;
            } else if (moduleExit[m] < 0) {
                moduleExit[m] = 0;
            }
            t += moduleExit[m];
        }
        totalExit = t;
    }
}
