package org.judang.engine.vector;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class VectorPathTest {
    /** jvector takes a SIMD path (Panama, or on JDK 22+ its native provider) exactly when JDK 20+ has the incubator module. */
    @Test
    void simdIsReportedExactlyWhenTheRuntimeAllowsIt() {
        boolean incubator = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        boolean expected = incubator && Runtime.version().feature() >= 20;
        assertEquals(expected, VectorPath.simd());
        assertTrue(VectorPath.describe().contains(expected ? "(SIMD)" : "(scalar)"), VectorPath.describe());
    }
}
