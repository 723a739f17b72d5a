package org.judang.engine.synth;

import java.util.SplittableRandom;

import org.judang.engine.vector.Vectors;

/**
 * Standard normal draws that are fast and the same on every JVM.
 * <p>A million 256-d captures need a quarter of a billion normal values, so each draw is a lookup in a table of
 * 65,536 quantiles of N(0,1), indexed by 16 bits of a random long (four draws per long). The table is computed
 * with {@link StrictMath} only, so it is bit-identical everywhere; its marginal is N(0,1) truncated at ±4.3σ,
 * which is indistinguishable from the real thing for the sums of hundreds of components that vectors are made of.
 */
final class GaussianNoise {
    private static final int BITS = 16;
    private static final float[] QUANTILES = quantiles();

    private GaussianNoise() {}

    /** One N(0,1) value. */
    static double next(SplittableRandom rng) {
        return QUANTILES[rng.nextInt() >>> (32 - BITS)];
    }

    /** Adds {@code scale}·N(0,1) to every component of {@code v}. */
    static void add(SplittableRandom rng, float[] v, float scale) {
        int i = 0;
        for (; i + 3 < v.length; i += 4) {
            long r = rng.nextLong();
            v[i] += scale * QUANTILES[(int) (r & 0xFFFF)];
            v[i + 1] += scale * QUANTILES[(int) ((r >>> 16) & 0xFFFF)];
            v[i + 2] += scale * QUANTILES[(int) ((r >>> 32) & 0xFFFF)];
            v[i + 3] += scale * QUANTILES[(int) (r >>> 48)];
        }
        for (; i < v.length; i++) v[i] += (float) (scale * next(rng));
    }

    /** A direction drawn uniformly from the unit sphere. */
    static float[] unitVector(SplittableRandom rng, int dimension) {
        float[] v = new float[dimension];
        do {
            add(rng, v, 1f);
        } while (!Vectors.normalize(v));
        return v;
    }

    private static float[] quantiles() {
        float[] q = new float[1 << BITS];
        for (int i = 0; i < q.length; i++) q[i] = (float) inverseNormal((i + 0.5) / q.length);
        return q;
    }

    /** Acklam's rational approximation of the normal quantile function (relative error below 1.2e-9). */
    private static double inverseNormal(double p) {
        final double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        final double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                6.680131188771972e+01, -1.328068155288572e+01};
        final double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        final double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                3.754408661907416e+00};
        final double low = 0.02425;
        if (p < low) {
            double q = StrictMath.sqrt(-2 * StrictMath.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - low) return -inverseNormal(1 - p);
        double q = p - 0.5, r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}
