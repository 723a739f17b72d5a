package org.judang.engine.vector;

import io.github.jbellis.jvector.vector.VectorizationProvider;

/** Which arithmetic path vector search is using: jvector's Panama SIMD (JDK 20+ with the incubator module) or plain Java. */
public final class VectorPath {
    private VectorPath() {}

    public static boolean simd() {
        String p = VectorizationProvider.getInstance().getClass().getSimpleName();
        return p.contains("Panama") || p.contains("Native"); // the native provider (JDK 22+) is Panama plus native kernels
    }

    /** One line for logs and benchmarks, e.g. "jvector PanamaVectorizationProvider (SIMD), Java 25". */
    public static String describe() {
        String provider = VectorizationProvider.getInstance().getClass().getSimpleName();
        boolean incubator = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        return "jvector " + provider + (simd() ? " (SIMD)" : " (scalar)") + ", Java " + Runtime.version().feature()
                + (incubator ? ", jdk.incubator.vector loaded" : ", jdk.incubator.vector absent"
                + (Runtime.version().feature() >= 20 ? " (add --add-modules jdk.incubator.vector for SIMD)" : " (SIMD needs Java 20+)"));
    }
}
