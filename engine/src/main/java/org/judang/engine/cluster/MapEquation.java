package org.judang.engine.cluster;

/**
 * The two-level map equation of Rosvall and Bergstrom (2008) for an undirected weighted graph: the expected number
 * of bits per step to describe a random walk with a two-level code, an index codebook for entering modules and one
 * codebook per module for its nodes and its exit.
 * <pre>
 *   L(M) = q log q − 2 Σᵢ qᵢ log qᵢ − Σₐ pₐ log pₐ + Σᵢ (qᵢ + pᵢ) log(qᵢ + pᵢ)
 * </pre>
 * where for an undirected graph the walk's stationary visit rate of node a is pₐ = sₐ / 2W (its strength over
 * twice the total edge weight), pᵢ is the sum of pₐ over module i, qᵢ is the flow leaving module i (the weight of
 * its edges to other modules over 2W), and q = Σᵢ qᵢ. A single module gives the node entropy H(p); a good
 * partition trades a small index codebook (little flow between modules) against small module codebooks.
 */
final class MapEquation {
    private static final double LN2 = Math.log(2);

    private MapEquation() {}

    /** x log x in nats, 0 at 0 (and for the tiny negatives left by rounding). */
    static double plogp(double x) { return x > 1e-300 ? x * Math.log(x) : 0.0; }

    /**
     * Code length in bits of a partition. Nodes without edges carry no flow and cost nothing.
     *
     * @param membership module per node, values in {@code 0..n-1}
     */
    static double codelength(SimilarityGraph g, int[] membership) {
        int n = g.size();
        int[] off = g.offsets(), tgt = g.targets();
        float[] w = g.weights();
        double total = 0;
        for (float x : w) total += x;
        if (total <= 0) return 0;
        double[] moduleFlow = new double[n];
        double[] moduleExit = new double[n];
        double nodeTerm = 0;
        for (int a = 0; a < n; a++) {
            double strength = 0, out = 0;
            for (int p = off[a]; p < off[a + 1]; p++) {
                strength += w[p];
                if (membership[tgt[p]] != membership[a]) out += w[p];
            }
            nodeTerm += plogp(strength / total);
            moduleFlow[membership[a]] += strength / total;
            moduleExit[membership[a]] += out / total;
        }
        return codelength(moduleFlow, moduleExit, nodeTerm);
    }

    /** The formula from module totals and the constant node term Σ pₐ ln pₐ; result in bits. */
    static double codelength(double[] moduleFlow, double[] moduleExit, double nodeTerm) {
        double exit = 0, exitTerm = 0, moduleTerm = 0;
        for (int m = 0; m < moduleFlow.length; m++) {
            exit += moduleExit[m];
            exitTerm += plogp(moduleExit[m]);
            moduleTerm += plogp(moduleExit[m] + moduleFlow[m]);
        }
        return (plogp(exit) - 2 * exitTerm - nodeTerm + moduleTerm) / LN2;
    }
}
