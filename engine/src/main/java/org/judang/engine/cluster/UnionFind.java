package org.judang.engine.cluster;

/** Disjoint sets over {@code 0..n-1} with path halving and union by size. */
public final class UnionFind {
    private final int[] parent;
    private final int[] size;

    public UnionFind(int n) {
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    public int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public boolean union(int a, int b) {
        int ra = find(a), rb = find(b);
        if (ra == rb) return false;
        if (size[ra] < size[rb] || (size[ra] == size[rb] && ra > rb)) {
            int t = ra; ra = rb; rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        return true;
    }

    /** Component label per node: the smallest node index of its component, so labels are deterministic. */
    public int[] labels() {
        int n = parent.length;
        int[] min = new int[n];
        java.util.Arrays.fill(min, Integer.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            int r = find(i);
            if (i < min[r]) min[r] = i;
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = min[find(i)];
        return out;
    }
}
