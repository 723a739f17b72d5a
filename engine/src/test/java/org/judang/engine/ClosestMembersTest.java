package org.judang.engine;

import org.judang.engine.model.Archive;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.synth.GeneratorSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The members closest to an archive's centre are the first of all its members ranked by similarity. */
class ClosestMembersTest {
    @TempDir Path tmp;

    @Test
    void theClosestMembersAreTheTopOfAllMembersBySimilarity() throws Exception {
        try (CaseSession s = SmallCase.clustered(tmp, GeneratorSettings.defaults().withIdentities(30).withRecords(600).withDimension(64)
                .withVehicles(10).withImages(false).withSeed(5))) {
            Comparator<ObjectRecord> best = Comparator.comparingDouble(ObjectRecord::similarity).reversed().thenComparing(ObjectRecord::id);
            List<Archive> archives = s.archives(ArchiveFilter.all(), 0, 20);
            assertTrue(archives.get(0).recordCount() > 12, "a large archive to choose from");
            for (Archive a : archives) {
                List<ObjectRecord> all = s.members(a.id());
                for (int n : new int[] {0, 1, 12, all.size() + 3}) {
                    assertEquals(all.stream().sorted(best).limit(n).toList(), s.closestMembers(a.id(), n), a.id() + ", " + n);
                }
            }
            assertEquals(List.of(), s.closestMembers("no-such-archive", 12));
        }
    }
}
