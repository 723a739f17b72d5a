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

    private static float[] unit(Random random, int d) {
        float[] v = new float[d];
        for (int i = 0; i < d; i++) v[i] = (float) random.nextGaussian();
        Vectors.normalize(v);
        return v;
    }
}
