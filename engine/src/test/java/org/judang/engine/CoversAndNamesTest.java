package org.judang.engine;

import org.judang.engine.archive.CoverAndName;
import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.synth.GeneratedBatch;
import org.judang.engine.synth.GeneratorSettings;
import org.judang.engine.synth.SyntheticBatchGenerator;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** A page of archives' covers and known persons in one call: the same as looking each up alone. */
class CoversAndNamesTest {
    @TempDir Path tmp;

    @Test
    void aPageGetsTheCoversAndNamesThatEachArchiveHasAlone() throws Exception {
        GeneratedBatch batch = new SyntheticBatchGenerator(GeneratorSettings.defaults().withIdentities(60).withRecords(600).withDimension(64)
                .withVehicles(10).withImages(true).withSeed(5)).write(tmp.resolve("data"));
        try (CaseSession s = Workstation.createCase(tmp.resolve("case"), "covers")) {
            s.importBatch(batch.captures(), ProgressListener.NONE, CancellationToken.none());
            s.importBatch(batch.gallery(), ProgressListener.NONE, CancellationToken.none());
            s.cluster(ClusterOptions.defaults(), ProgressListener.NONE, CancellationToken.none());

            List<Archive> page = s.archives(ArchiveFilter.all(), 0, 1000);
            List<String> ids = new ArrayList<>(page.stream().map(Archive::id).toList());
            ids.add("no-such-archive");
            Map<String, CoverAndName> looks = s.coversAndNames(ids);

            assertEquals(page.size(), looks.size(), "an archive that does not exist is left out");
            for (Archive a : page) {
                CoverAndName l = looks.get(a.id());
                assertEquals(s.record(a.coverRecordId()).map(ObjectRecord::cropImage).orElseThrow(), l.coverImage(), a.id());
                assertEquals(s.realName(a.id()).orElse(null), l.realName(), a.id());
            }
            CoverAndName named = looks.values().stream().filter(l -> l.realName() != null).findFirst().orElseThrow();

            s.corrections().judgeRealName(named.archiveId(), named.realName().galleryId(), false);
            assertEquals(s.realName(named.archiveId()).orElse(null), s.coversAndNames(List.of(named.archiveId())).get(named.archiveId()).realName(),
                    "a rejected match does not name the archive");
            assertNotEquals(named.realName(), s.coversAndNames(List.of(named.archiveId())).get(named.archiveId()).realName());
            assertEquals(Map.of(), s.coversAndNames(List.of()));
        }
    }
}
