package org.judang.engine.vector;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class VectorFileTest {
    @TempDir Path tmp;

    @Test
    void appendedVectorsReadBackThroughTheMapping() {
        Path p = tmp.resolve("v.f32");
        try (VectorFile f = VectorFile.open(p, 3, 0)) {
            assertEquals(0, f.append(new float[]{1, 2, 3}));
            assertEquals(1, f.append(new float[]{4, 5, 6}));
            f.flush();
            MappedVectors m = f.map();
            assertEquals(2, m.count());
            assertArrayEquals(new float[]{4, 5, 6}, m.get(1));
        }
    }

    @Test
    void rowsPastTheCommittedCountAreCutOffOnOpen() throws Exception {
        Path p = tmp.resolve("v.f32");
        try (VectorFile f = VectorFile.open(p, 2, 0)) {
            for (int i = 0; i < 5; i++) f.append(new float[]{i, i});
            f.flush();
        }
        // the database committed only 3 of them before a crash
        try (VectorFile f = VectorFile.open(p, 2, 3)) {
            assertEquals(3, f.count());
            assertEquals(VectorFile.HEADER_BYTES + 3 * 2 * 4, Files.size(p));
            assertEquals(3, f.append(new float[]{9, 9}));
        }
    }

    @Test
    void aFileShorterThanCommittedOrOfAnotherDimensionIsRefused() {
        Path p = tmp.resolve("v.f32");
        try (VectorFile f = VectorFile.open(p, 2, 0)) {
            f.append(new float[]{1, 1});
            f.flush();
        }
        assertTrue(assertThrows(VectorFileException.class, () -> VectorFile.open(p, 2, 5)).getMessage().contains("fewer vectors"));
        assertTrue(assertThrows(VectorFileException.class, () -> VectorFile.open(p, 3, 1)).getMessage().contains("2-d"));
    }

    @Test
    void normalisationRefusesZeroAndNonFiniteVectors() {
        float[] v = {3, 4};
        assertTrue(Vectors.normalize(v));
        assertEquals(0.6f, v[0], 1e-6);
        assertFalse(Vectors.normalize(new float[]{0, 0}));
        assertFalse(Vectors.normalize(new float[]{Float.NaN, 1}));
        assertFalse(Vectors.normalize(new float[]{Float.POSITIVE_INFINITY, 1}));
        assertArrayEquals(new float[]{1.5f, -2f}, Vectors.fromBytes(Vectors.toBytes(new float[]{1.5f, -2f})));
    }
}
