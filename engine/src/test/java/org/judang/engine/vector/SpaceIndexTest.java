package org.judang.engine.vector;

import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vector index of a feature space. */
class SpaceIndexTest {
    @TempDir Path tmp;

    @Test
    void scoringFromTheVectorFileFindsWhatScoringFromTheIndexFilesFinds() {
        int d = 32;
        Random random = new Random(7);
        ForkJoinPool pool = new ForkJoinPool(2);
        try (VectorFile file = VectorFile.open(tmp.resolve("space-1.f32"), d, 0); SpaceIndex index = SpaceIndex.open(tmp, 1, d)) {
            for (int i = 0; i < 1500; i++) file.append(unit(random, d));
            index.extend(file.map(), pool, ProgressListener.NONE, CancellationToken.none());
            for (int i = 0; i < 500; i++) file.append(unit(random, d)); // a second segment
            index.extend(file.map(), pool, ProgressListener.NONE, CancellationToken.none());
            assertEquals(2, index.segmentCount());

            for (int q = 0; q < 50; q++) {
                float[] query = unit(random, d);
                List<Neighbor> fromIndex = index.search(query, 20, 100, o -> o % 3 != 0);
                List<Neighbor> fromFile = index.search(query, 20, 100, o -> o % 3 != 0, file.map());
                assertEquals(fromIndex.stream().map(Neighbor::ordinal).toList(), fromFile.stream().map(Neighbor::ordinal).toList(), "query " + q);
                for (int i = 0; i < fromIndex.size(); i++) assertEquals(fromIndex.get(i).similarity(), fromFile.get(i).similarity(), 1e-5);
                fromFile.forEach(n -> assertTrue(n.ordinal() % 3 != 0, "only accepted vectors"));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void manySmallExtensionsAreMergedIntoOneSegmentAfterTheFirst() throws Exception {
        int d = 16;
        Random random = new Random(11);
        ForkJoinPool pool = new ForkJoinPool(2);
        try (VectorFile file = VectorFile.open(tmp.resolve("space-1.f32"), d, 0)) {
            SpaceIndex index = SpaceIndex.open(tmp, 1, d);
            for (int i = 0; i < 600; i++) file.append(unit(random, d));
            index.extend(file.map(), pool, ProgressListener.NONE, CancellationToken.none());
            for (int s = 1; s < SpaceIndex.MAX_SEGMENTS; s++) {
                for (int i = 0; i < 40; i++) file.append(unit(random, d));
                index.extend(file.map(), pool, ProgressListener.NONE, CancellationToken.none());
            }
            assertEquals(SpaceIndex.MAX_SEGMENTS, index.segmentCount());
            SpaceIndex.Pass before = index.pass(file.map());
            java.util.Set<Path> filesBefore = segmentFiles();
            for (int i = 0; i < 40; i++) file.append(unit(random, d));
            index.extend(file.map(), pool, ProgressListener.NONE, CancellationToken.none());
            assertEquals(2, index.segmentCount(), "the first segment and one for everything after it");
            assertEquals(file.count(), index.covered());
            // a pass that began before the merge still searches the segments it saw
            assertEquals(20, before.search(unit(random, d), 20, 100, null).size());
            MappedVectors vectors = file.map();
            float[] row = new float[d];
            int self = 0;
            for (long o = 0; o < vectors.count(); o++) {
                vectors.get(o, row);
                List<Neighbor> top = index.search(row, 1, 100, null, vectors);
                if (!top.isEmpty() && top.get(0).ordinal() == o) self++;
            }
            assertTrue(self >= vectors.count() * 0.98, "each vector finds itself: " + self + " of " + vectors.count());
            index.close();
            java.util.Set<Path> filesAfter = segmentFiles();
            assertEquals(2, filesAfter.size(), "the merged segments' files are deleted: " + filesAfter);
            assertTrue(filesBefore.containsAll(filesAfter.stream().filter(p -> p.toString().contains(".seg0-")).toList()));
            try (SpaceIndex reopened = SpaceIndex.open(tmp, 1, d)) {
                assertEquals(2, reopened.segmentCount());
                assertEquals(file.count(), reopened.covered());
            }
        } finally {
            pool.shutdown();
        }
    }

    private java.util.Set<Path> segmentFiles() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jvx")).collect(java.util.stream.Collectors.toSet());
        }
    }

    private static float[] unit(Random random, int d) {
        float[] v = new float[d];
        for (int i = 0; i < d; i++) v[i] = (float) random.nextGaussian();
        Vectors.normalize(v);
        return v;
    }
}
