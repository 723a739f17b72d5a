package org.judang.engine.cluster;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class HistogramCutTest {
    @Test
    void otsuCutsInTheValleyOfTwoModes() {
        SplittableRandom r = new SplittableRandom(1);
        float[] v = new float[3000];
        for (int i = 0; i < v.length; i++) v[i] = (float) (i % 3 == 0 ? 0.6 + 0.05 * r.nextGaussian() : 0.2 + 0.05 * r.nextGaussian());
        double cut = HistogramCut.otsu(v, v.length, 0, 1);
        assertTrue(cut > 0.3 && cut < 0.5, "cut " + cut);
    }

    @Test
    void noCutWithoutTwoOccupiedBins() {
        assertTrue(Double.isNaN(HistogramCut.otsu(new float[]{0.5f, 0.5f}, 2, 0, 1)));
    }

    @Test
    void theAutomaticThresholdSeparatesSameIdentityFromStrangers() {
        Scenario.Built s = Scenario.synthetic(1500, 64, 10, 3);
        double t = NeighborSimilarityCut.estimate(s.knn());
        assertTrue(t > 0.35 && t < 0.6, "threshold " + t);
    }
}
