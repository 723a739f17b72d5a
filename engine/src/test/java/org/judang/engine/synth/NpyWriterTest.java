package org.judang.engine.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sidecars are NumPy files NumPy itself reads. */
class NpyWriterTest {
    @TempDir
    Path dir;

    @Test
    void headerIsNumPyVersion1PaddedTo64Bytes() throws IOException {
        Path file = dir.resolve("f.npy");
        try (NpyWriter w = new NpyWriter(file, 2, 3)) {
            w.write(new float[] {1, 2, 3});
            w.write(new float[] {-0.5f, 0, 1e-3f});
        }
        NpyFile npy = NpyFile.read(file);
        assertEquals(1, npy.major());
        assertEquals(0, npy.minor());
        assertEquals(2, npy.rows());
        assertEquals(3, npy.columns());
        assertEquals("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", npy.header().strip());
        assertArrayEquals(new float[] {1, 2, 3, -0.5f, 0, 1e-3f}, npy.data());
        assertEquals(0, NpyWriter.header(123_456_789, 512).length % 64);
    }

    @Test
    void theDeclaredRowCountIsEnforced() throws IOException {
        NpyWriter w = new NpyWriter(dir.resolve("short.npy"), 2, 3);
        w.write(new float[] {1, 2, 3});
        assertThrows(IllegalStateException.class, w::close);
        assertThrows(IllegalArgumentException.class, () -> new NpyWriter(dir.resolve("wide.npy"), 1, 3).write(new float[4]));
    }

    @Test
    void numpyLoadsAGeneratedSidecar() throws IOException, InterruptedException {
        Path python = Path.of("/usr/bin/python3");
        Assumptions.assumeTrue(Files.isExecutable(python), "no /usr/bin/python3");
        Assumptions.assumeTrue(run(python, "-c", "import numpy") == 0, "python3 has no numpy");
        new SyntheticBatchGenerator(GeneratorSettings.defaults().withRecords(600).withIdentities(60).withVehicles(10)
                .withDimension(32).withImages(false).withEncoding(FeatureEncoding.NPY_SIDECAR)).write(dir.resolve("b"));
        Path npy = dir.resolve("b/captures/features/face.npy"), ids = dir.resolve("b/captures/features/face.ids");
        long lines = Files.readAllLines(ids, StandardCharsets.UTF_8).size();
        String check = "import numpy, sys; a = numpy.load(sys.argv[1]); "
                + "assert a.dtype == numpy.dtype('<f4') and a.shape == (" + lines + ", 32) and a.flags['C_CONTIGUOUS'], a.shape; "
                + "assert abs(numpy.linalg.norm(a, axis=1) - 1).max() < 1e-5";
        assertEquals(0, run(python, "-c", check, npy.toString()), "numpy.load reads it");
    }

    private static int run(Path python, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = python.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
