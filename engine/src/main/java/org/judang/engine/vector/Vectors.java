package org.judang.engine.vector;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Small vector arithmetic on float arrays: the one place for norms, dot products and their encodings. */
public final class Vectors {
    private Vectors() {}

    public static float dot(float[] a, float[] b) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0, n = a.length;
        for (; i + 3 < n; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < n; i++) s0 += a[i] * b[i];
        return (s0 + s1) + (s2 + s3);
    }

    /** Dot product of {@code a} with row {@code row} of a row-major matrix. */
    public static float dot(float[] a, float[] matrix, int row) {
        int n = a.length, off = row * n;
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[i] * matrix[off + i];
            s1 += a[i + 1] * matrix[off + i + 1];
            s2 += a[i + 2] * matrix[off + i + 2];
            s3 += a[i + 3] * matrix[off + i + 3];
        }
        for (; i < n; i++) s0 += a[i] * matrix[off + i];
        return (s0 + s1) + (s2 + s3);
    }

    /** L2 norm in double precision; NaN when any value is not finite. */
    public static double norm(float[] v) {
        double s = 0;
        for (float f : v) {
            if (!Float.isFinite(f)) return Double.NaN;
            s += (double) f * f;
        }
        return Math.sqrt(s);
    }

    /** Normalises in place; false (and unchanged) when the vector is zero or not finite. */
    public static boolean normalize(float[] v) {
        double n = norm(v);
        if (!(n > 1e-12) || !Double.isFinite(n)) return false;
        for (int i = 0; i < v.length; i++) v[i] = (float) (v[i] / n);
        return true;
    }

    /** Little-endian float32 bytes, as in {@code FeatureData} and the case database. */
    public static byte[] toBytes(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : v) b.putFloat(f);
        return b.array();
    }

    /** Reads little-endian float32 bytes; the length must be a multiple of 4. */
    public static float[] fromBytes(byte[] bytes) {
        if (bytes.length % 4 != 0) throw new IllegalArgumentException(bytes.length + " bytes is not a whole number of float32 values");
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[bytes.length / 4];
        for (int i = 0; i < v.length; i++) v[i] = b.getFloat();
        return v;
    }
}
