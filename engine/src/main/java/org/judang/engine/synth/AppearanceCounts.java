package org.judang.engine.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How many capture records each subject of one kind gets, summing exactly to a budget: a share of one-off passers-by
 * seen once, and a long tail over the regulars (Zipf: a few seen hundreds of times, most a few times).
 */
final class AppearanceCounts {

    /**
     * @param oneOffShare       share of subjects seen in a single frame
     * @param pairedOneOffShare chance that a one-off frame yields two records (a person's face and body)
     * @param zipfExponent      exponent s of the weight 1/rank^s of the regulars
     * @param regularMinimum    records every regular gets at least
     */
    record Shape(double oneOffShare, double pairedOneOffShare, double zipfExponent, int regularMinimum) {}

    /** One subject as the allocation sees it. */
    record Subject(int multiplicity, boolean mustRecur, boolean prominent) {
        /** An ordinary subject: may be a one-off, ranked at random. */
        static final Subject ORDINARY = new Subject(1, false, false);
    }

    private AppearanceCounts() {}

    /**
     * Records per subject. A subject of multiplicity 2 stands for a pair whose second member mirrors every record of
     * the first (co-travellers): it is charged twice its count. Multiplicity 0 subjects get 0 (the caller copies the
     * pair's count). Must-recur subjects are never one-offs; prominent ones rank near the top of the tail.
     *
     * @throws IllegalArgumentException when the budget cannot give every subject its minimum
     */
    static int[] allocate(String what, int budget, Subject[] subjects, Shape shape, SplittableRandom rng) {
        int n = subjects.length;
        int[] counts = new int[n];
        if (n == 0) {
            if (budget != 0) throw new IllegalArgumentException(budget + " records left for no " + what);
            return counts;
        }
        List<Integer> candidates = new ArrayList<>();
        int counted = 0;
        for (int i = 0; i < n; i++) {
            if (subjects[i].multiplicity() > 0) counted++;
            if (subjects[i].multiplicity() == 1 && !subjects[i].mustRecur()) candidates.add(i);
        }
        shuffle(candidates, rng);
        int oneOffs = Math.min(candidates.size(), (int) Math.round(shape.oneOffShare() * counted));
        boolean[] oneOff = new boolean[n];
        long oneOffRecords = 0;
        for (int k = 0; k < oneOffs; k++) {
            int i = candidates.get(k);
            oneOff[i] = true;
            counts[i] = rng.nextDouble() < shape.pairedOneOffShare() ? 2 : 1;
            oneOffRecords += counts[i];
        }
        List<Integer> regulars = new ArrayList<>();
        long minimum = 0;
        for (int i = 0; i < n; i++) {
            if (oneOff[i] || subjects[i].multiplicity() == 0) continue;
            regulars.add(i);
            minimum += (long) shape.regularMinimum() * subjects[i].multiplicity();
        }
        // When the budget is tight, one-offs show one record instead of two before we give up.
        for (int k = 0; k < oneOffs && oneOffRecords + minimum > budget; k++) {
            int i = candidates.get(k);
            if (counts[i] == 2) { counts[i] = 1; oneOffRecords--; }
        }
        if (oneOffRecords + minimum > budget || (regulars.isEmpty() && oneOffRecords != budget)) {
            throw new IllegalArgumentException(budget + " records are too few for " + n + " " + what
                    + ": they need at least " + (oneOffRecords + minimum));
        }
        if (regulars.isEmpty()) return counts;

        List<Integer> ranked = rank(regulars, subjects, rng);
        double[] weight = new double[n];
        double total = 0;
        for (int r = 0; r < ranked.size(); r++) {
            int i = ranked.get(r);
            weight[i] = subjects[i].multiplicity() / StrictMath.pow(r + 1, shape.zipfExponent());
            total += weight[i];
        }
        long extra = budget - oneOffRecords - minimum, given = 0;
        double[] remainder = new double[n];
        for (int i : regulars) {
            int m = subjects[i].multiplicity();
            double ideal = extra * weight[i] / total;
            long units = (long) Math.floor(ideal / m);
            counts[i] = (int) (shape.regularMinimum() + units);
            given += units * m;
            remainder[i] = ideal - units * m;
        }
        // Largest remainders first; only single subjects take the odd records, so pairs stay mirrored.
        Integer[] order = regulars.stream().filter(i -> subjects[i].multiplicity() == 1).toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> remainder[a] != remainder[b] ? Double.compare(remainder[b], remainder[a]) : Integer.compare(a, b));
        if (order.length == 0 && given != extra) {
            throw new IllegalArgumentException("cannot split " + budget + " records evenly over paired " + what);
        }
        for (int k = 0; given < extra; k = (k + 1) % order.length, given++) counts[order[k]]++;
        return counts;
    }

    /** Regulars in rank order: random, except that prominent subjects are placed from the 5th percentile down. */
    private static List<Integer> rank(List<Integer> regulars, Subject[] subjects, SplittableRandom rng) {
        List<Integer> ordinary = new ArrayList<>(), prominent = new ArrayList<>();
        for (int i : regulars) (subjects[i].prominent() ? prominent : ordinary).add(i);
        shuffle(ordinary, rng);
        shuffle(prominent, rng);
        int at = Math.min(ordinary.size(), (int) Math.ceil(0.05 * regulars.size()));
        List<Integer> ranked = new ArrayList<>(ordinary.subList(0, at));
        ranked.addAll(prominent);
        ranked.addAll(ordinary.subList(at, ordinary.size()));
        return ranked;
    }

    static <T> void shuffle(List<T> list, SplittableRandom rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
