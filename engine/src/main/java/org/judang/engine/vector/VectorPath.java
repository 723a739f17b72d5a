package org.judang.engine.vector;

import io.github.jbellis.jvector.vector.DefaultVectorizationProvider;
import io.github.jbellis.jvector.vector.VectorizationProvider;

/**
 * Which arithmetic path vector search is using: jvector's SIMD providers (Panama on JDK 20+ with the incubator
 * module; on JDK 22+ its native provider, which extends the Panama one) or plain Java.
 */
public final class VectorPath {
    private VectorPath() {}

    public static boolean simd() {
        return !(VectorizationProvider.getInstance() instanceof DefaultVectorizationProvider);
    }

    /** One line for logs and benchmarks, e.g. "jvector NativeVectorizationProvider (SIMD), Java 25, jdk.incubator.vector loaded". */
    public static String describe() {
        String provider = VectorizationProvider.getInstance().getClass().getSimpleName();
        boolean incubator = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        return "jvector " + provider + (simd() ? " (SIMD)" : " (scalar)") + ", Java " + Runtime.version().feature()
                + (incubator ? ", jdk.incubator.vector loaded" : ", jdk.incubator.vector absent"
                + (Runtime.version().feature() >= 20 ? " (add --add-modules jdk.incubator.vector for SIMD)" : " (SIMD needs Java 20+)"));
    }
}
