package org.judang.engine.cluster;

/**
 * One level of the map-equation search: nodes that are either the graph's nodes or the modules of the level
 * below, with their visit rate, the flow leaving them, and the weights between them. Weights stay in the
 * similarity units of the input (floats, to halve the memory of the leaf level); {@code scale} = 1 / 2W turns
 * them into flow.
 */
final class FlowLevel {
    final int size;
    final int[] offsets;
    final int[] targets;
    final float[] weights;
    final double[] nodeFlow;
    final double[] nodeExit;
    final double scale;

    private FlowLevel(int size, int[] offsets, int[] targets, float[] weights, double[] nodeFlow, double[] nodeExit, double scale) {
        this.size = size;
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
        this.nodeFlow = nodeFlow;
        this.nodeExit = nodeExit;
        this.scale = scale;
    }

    /** The leaf level: a node's visit rate and exit flow are both its strength over 2W (no self links). */
    static FlowLevel leaves(SimilarityGraph g) {
        int n = g.size();
        int[] off = g.offsets();
        float[] w = g.weights();
        double total = 0;
        for (float x : w) total += x;
        double scale = total > 0 ? 1 / total : 0;
        double[] flow = new double[n];
        for (int a = 0; a < n; a++) {
            double s = 0;
            for (int p = off[a]; p < off[a + 1]; p++) s += w[p];
            flow[a] = s * scale;
        }
        return new FlowLevel(n, off, g.targets(), w, flow, flow.clone(), scale);
    }

    /** Σ pₐ ln pₐ over this level's nodes; at the leaf level it is the constant node term of the map equation. */
    double nodeTerm() {
        double t = 0;
        for (double p : nodeFlow) t += MapEquation.plogp(p);
        return t;
    }

    /**
     * The level above: one node per non-empty module, numbered in order of each module's first node, with the
     * modules' flow and exit as node values and the summed weights between modules as links.
     *
     * @param module      module per node of this level
     * @param moduleFlow  visit rate per module id
     * @param moduleExit  exit flow per module id
     * @param denseOut    receives, per node of this level, the index of its node in the level above
     */
    FlowLevel aggregate(int[] module, double[] moduleFlow, double[] moduleExit, int[] denseOut) {
        int[] dense = new int[size];
        java.util.Arrays.fill(dense, -1);
        int count = 0;
        for (int a = 0; a < size; a++) if (dense[module[a]] < 0) dense[module[a]] = count++;
        for (int a = 0; a < size; a++) denseOut[a] = dense[module[a]];

        int[] memberStart = new int[count + 1];
        for (int a = 0; a < size; a++) memberStart[denseOut[a] + 1]++;
        for (int m = 0; m < count; m++) memberStart[m + 1] += memberStart[m];
        int[] members = new int[size];
        int[] fill = java.util.Arrays.copyOf(memberStart, count);
        for (int a = 0; a < size; a++) members[fill[denseOut[a]]++] = a;

        double[] flow = new double[count];
        double[] exit = new double[count];
        for (int a = 0; a < size; a++) {
            flow[denseOut[a]] = moduleFlow[module[a]];
            exit[denseOut[a]] = moduleExit[module[a]];
        }

        int[] newOffsets = new int[count + 1];
        int[] newTargets = new int[Math.max(16, targets.length / 2)];
        float[] newWeights = new float[newTargets.length];
        int[] stamp = new int[count];
        java.util.Arrays.fill(stamp, -1);
        float[] sum = new float[count];
        int[] touched = new int[count];
        int used = 0;
        for (int m = 0; m < count; m++) {
            int nTouched = 0;
            for (int x = memberStart[m]; x < memberStart[m + 1]; x++) {
                int a = members[x];
                for (int p = offsets[a]; p < offsets[a + 1]; p++) {
                    int t = denseOut[targets[p]];
                    if (t == m) continue;
                    if (stamp[t] != m) {
                        stamp[t] = m;
                        sum[t] = 0;
                        touched[nTouched++] = t;
                    }
                    sum[t] += weights[p];
                }
            }
            java.util.Arrays.sort(touched, 0, nTouched);
            if (used + nTouched > newTargets.length) {
                int cap = Math.max(used + nTouched, newTargets.length + (newTargets.length >> 1));
                newTargets = java.util.Arrays.copyOf(newTargets, cap);
                newWeights = java.util.Arrays.copyOf(newWeights, cap);
            }
            for (int x = 0; x < nTouched; x++) {
                newTargets[used] = touched[x];
                newWeights[used++] = sum[touched[x]];
            }
            newOffsets[m + 1] = used;
        }
        return new FlowLevel(count, newOffsets, java.util.Arrays.copyOf(newTargets, used),
                java.util.Arrays.copyOf(newWeights, used), flow, exit, scale);
    }
}
