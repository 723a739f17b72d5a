package org.judang.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.export.ExportOptions;
import org.judang.engine.export.ImageMode;
import org.judang.engine.ingest.ImportReport;
import org.judang.engine.metrics.QualityMetrics;
import org.judang.engine.metrics.QualityReport;
import org.judang.engine.metrics.TruthFile;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ObjectType;
import org.judang.engine.synth.GeneratedBatch;
import org.judang.engine.synth.GeneratorSettings;
import org.judang.engine.synth.SyntheticBatchGenerator;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.task.TaskInfo;
import org.judang.engine.task.TaskState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The whole pipeline as a user runs it: a labelled batch → import → cluster → export → read the export → score. */
class PipelineTest {
    @TempDir Path tmp;

    @Test
    void aLabelledBatchGoesThroughEveryStage() throws Exception {
        GeneratedBatch batch = new SyntheticBatchGenerator(GeneratorSettings.defaults().withIdentities(120).withRecords(1500).withDimension(128)
                .withVehicles(30).withImages(true).withSeed(3)).write(tmp.resolve("data"));
        Map<String, String> truth = TruthFile.read(batch.truth());

        try (CaseSession s = Workstation.createCase(tmp.resolve("case"), "pipeline")) {
            ImportReport r = s.importBatch(batch.captures(), ProgressListener.NONE, CancellationToken.none());
            assertEquals(1500, r.totalImported());
            assertEquals(0, r.totalRejected());
            assertEquals(5, s.importBatch(batch.gallery(), ProgressListener.NONE, CancellationToken.none()).galleryImported());

            TaskInfo t = s.startCluster(ClusterOptions.defaults());
            assertEquals(TaskState.SUCCEEDED, s.tasks().await(t.id(), 60, TimeUnit.SECONDS).state());
            CaseOverview o = s.overview();
            assertEquals(0, o.unarchived(), "every record is in an archive");
            assertTrue(o.archivesByKind().get(ArchiveKind.VEHICLE) > 0);

            Path out = tmp.resolve("export");
            s.export(out, new ExportOptions(ImageMode.FILES, false), ProgressListener.NONE, CancellationToken.none());

            // read the export as an upstream archive library would
            JsonNode subjects = new ObjectMapper().readTree(Files.readString(out.resolve("ArchiveSubjects.json")))
                    .path("ArchiveSubjectListObject").path("ArchiveSubjectObject");
            Map<String, String> exported = new HashMap<>();
            for (JsonNode subject : subjects) {
                for (Iterator<Map.Entry<String, JsonNode>> it = subject.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = it.next();
                    if (f.getKey().endsWith("IDList")) f.getValue().forEach(id -> exported.put(id.asText(), subject.get("ArchiveID").asText()));
                }
            }
            assertEquals(1500, exported.size(), "the export holds every archived record once");
            assertEquals(o.archives(), subjects.size());

            // the figures from the export equal the figures from the case, and reflect what the data is
            QualityReport fromExport = QualityMetrics.compute(truth, exported);
            QualityReport fromCase = s.evaluate(batch.truth(), Set.of());
            assertEquals(fromCase.toJson(), fromExport.toJson(), "as reported, to four decimals");
            assertEquals(1500, fromCase.objects());
            assertEquals(truth.values().stream().distinct().count(), fromCase.identities());
            assertTrue(countPrefixes(truth, "V") <= 30, "no more vehicles than generated");

            // real-name: each gallery person matched is matched to an archive of that person's captures
            Map<String, String> galleryTruth = TruthFile.read(batch.truth().resolveSibling("gallery-truth.tsv"));
            var named = s.archives(ArchiveFilter.all().withRealName(true), 0, 100);
            assertFalse(named.isEmpty(), "the gallery's persons are found");
            for (var a : named) {
                var rn = s.realName(a.id()).orElseThrow();
                Map<String, Long> labels = new HashMap<>();
                for (var m : s.members(a.id())) labels.merge(truth.get(m.id()), 1L, Long::sum);
                String majority = labels.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                assertEquals(galleryTruth.get(rn.galleryId()), majority, "archive " + a.id() + " is " + rn.name());
                assertEquals(a.id(), s.archives(ArchiveFilter.all().withText(rn.idNumber()), 0, 5).get(0).id(), "found by ID number");
            }
            var someone = s.realName(named.get(0).id()).orElseThrow();
            s.corrections().judgeRealName(someone.archiveId(), someone.galleryId(), false);
            assertTrue(s.realName(someone.archiveId()).isEmpty(), "a rejected match does not name the archive");
            assertEquals(named.size() - 1, s.countArchives(ArchiveFilter.all().withRealName(true)));
            s.corrections().undo();
            assertEquals(org.judang.engine.archive.RealName.State.PROPOSED, s.realName(someone.archiveId()).orElseThrow().state());

            // vehicles carry readable plates: archives by plate and appearance are nearly pure and complete
            QualityReport vehicles = s.evaluate(batch.truth(), EnumSet.of(ObjectType.MOTOR_VEHICLE));
            assertTrue(vehicles.bcubedF() > 0.85, "vehicles: " + vehicles.toJson());
            // faces: the default graph clustering with an estimated threshold (measured 0.98 on this batch)
            QualityReport faces = s.evaluate(batch.truth(), EnumSet.of(ObjectType.FACE));
            assertTrue(faces.bcubedF() > 0.93, "faces: " + faces.toJson());
            assertTrue(faces.pairwiseF() > 0.9, "faces: " + faces.toJson());
        }
    }

    private static long countPrefixes(Map<String, String> truth, String... prefixes) {
        return truth.values().stream().distinct().filter(l -> {
            for (String p : prefixes) if (l.startsWith(p)) return true;
            return false;
        }).count();
    }
}
