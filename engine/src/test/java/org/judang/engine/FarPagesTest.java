package org.judang.engine;

import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.synth.GeneratorSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Pages past the middle, read from the end of the list backwards, are the same pages as read from its start. */
class FarPagesTest {
    @TempDir Path tmp;

    @Test
    void everyPageReadFromTheEndIsThePageFromTheStart() throws Exception {
        try (CaseSession s = SmallCase.clustered(tmp, GeneratorSettings.defaults().withIdentities(90).withRecords(700).withDimension(64)
                .withVehicles(20).withImages(false).withSeed(11))) {
            for (ArchiveFilter f : List.of(ArchiveFilter.all(), ArchiveFilter.all().withMinSize(2), ArchiveFilter.all().withKind(ArchiveKind.VEHICLE))) {
                long n = s.countArchives(f);
                assertTrue(n > 10, "enough archives to page through: " + n);
                for (ArchiveOrder order : ArchiveOrder.values()) {
                    List<Archive> whole = s.archives(f, order, 0, Integer.MAX_VALUE, Integer.MAX_VALUE);
                    assertEquals(n, whole.size());
                    List<String> fromStart = ids(whole);
                    for (int limit : new int[] {1, 7, 25}) {
                        for (int offset = 0; offset <= n + 3; offset++) {
                            List<String> expected = fromStart.subList((int) Math.min(offset, n), (int) Math.min(offset + limit, n));
                            assertEquals(expected, ids(s.archives(f, order, offset, limit, 1)), order + " at " + offset + ", " + limit + " a page, " + f);
                        }
                    }
                }
            }
            // ties (many archives of one size) are broken by ID both ways; the public call agrees at the end too
            long all = s.countArchives(ArchiveFilter.all());
            assertEquals(ids(s.archives(ArchiveFilter.all(), ArchiveOrder.LARGEST_FIRST, (int) all - 5, 5, Integer.MAX_VALUE)),
                    ids(s.archives(ArchiveFilter.all(), ArchiveOrder.LARGEST_FIRST, (int) all - 5, 5)));
        }
    }

    private static List<String> ids(List<Archive> archives) {
        List<String> out = new ArrayList<>();
        for (Archive a : archives) out.add(a.id());
        return out;
    }
}
