package org.judang.engine.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.judang.engine.ingest.TestBatch.*;
import static org.junit.jupiter.api.Assertions.*;

class NpyFileTest {
    @TempDir
    Path tmp;

    private Path write(byte[] bytes) throws IOException {
        return Files.write(tmp.resolve("f.npy"), bytes);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void readsRowsOfVersion1And2(int version) throws IOException {
        float[] a = vector(1, 5), b = vector(2, 5), c = vector(3, 5);
        try (NpyFile npy = NpyFile.open(write(npyBytes(version, a, b, c)))) {
            assertEquals(3, npy.rows());
            assertEquals(5, npy.columns());
            assertArrayEquals(floatBytes(c), npy.rowBytes(2));
            assertArrayEquals(floatBytes(a), npy.rowBytes(0));
        }
    }

    private static byte[] withHeader(String from, String to) {
        String s = new String(npyBytes(1, vector(1, 4), vector(2, 4)), StandardCharsets.ISO_8859_1);
        return s.replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void refusesOtherDtypes() {
        IOException e = assertThrows(IOException.class, () -> NpyFile.open(write(withHeader("'<f4'", "'>f4'"))));
        assertTrue(e.getMessage().contains("only little-endian float32"), e.getMessage());
    }

    @Test
    void refusesFortranOrder() {
        IOException e = assertThrows(IOException.class, () -> NpyFile.open(write(withHeader("False", "True "))));
        assertTrue(e.getMessage().contains("Fortran"), e.getMessage());
    }

    @Test
    void refusesShapesThatAreNotRowsByDimension() {
        IOException e = assertThrows(IOException.class, () -> NpyFile.open(write(withHeader("(2, 4)", "(8,)  "))));
        assertTrue(e.getMessage().contains("two-dimensional"), e.getMessage());
    }

    @Test
    void refusesAFileCutShort() {
        byte[] whole = npyBytes(1, vector(1, 4), vector(2, 4));
        IOException e = assertThrows(IOException.class, () -> NpyFile.open(write(Arrays.copyOf(whole, whole.length - 3))));
        assertTrue(e.getMessage().contains("cut off"), e.getMessage());
    }

    @Test
    void refusesWhatIsNoNpy() {
        IOException e = assertThrows(IOException.class, () -> NpyFile.open(write("just some text, long enough".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("not a NumPy .npy file"), e.getMessage());
    }
}
