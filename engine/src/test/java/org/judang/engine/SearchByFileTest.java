package org.judang.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.judang.engine.archive.ArchiveMatch;
import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.ingest.ProbeFile;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.synth.GeneratedBatch;
import org.judang.engine.synth.GeneratorSettings;
import org.judang.engine.synth.SyntheticBatchGenerator;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Search by image with a capture from a file (以图搜档), its matches ranked and filtered as the grid shows them. */
class SearchByFileTest {
    @TempDir Path tmp;

    @Test
    void aCaptureFromAFileFindsItsArchiveFirstAndTheMatchesPageInRankOrder() throws Exception {
        GeneratedBatch batch = new SyntheticBatchGenerator(GeneratorSettings.defaults().withIdentities(40).withRecords(500).withDimension(64)
                .withVehicles(8).withImages(true).withSeed(9)).write(tmp.resolve("data"));
        try (CaseSession s = Workstation.createCase(tmp.resolve("case"), "probe")) {
            s.importBatch(batch.captures(), ProgressListener.NONE, CancellationToken.none());
            s.cluster(ClusterOptions.defaults(), ProgressListener.NONE, CancellationToken.none());

            // one face of the batch, as another system would hand it over: the object with its crop and feature
            JsonNode face = firstFace(batch.captures());
            Path probe = batch.captures().resolve("probe.json");
            Files.writeString(probe, "{\"FaceObject\":" + face + "}");
            ProbeFile.Contents contents = s.probesIn(probe);
            assertEquals(1, contents.probes().size());
            ProbeFile.Probe p = contents.probes().get(0);
            assertNotNull(p.crop(), "its crop, from the batch folder beside the file");

            List<ArchiveMatch> found = s.searchByFeature(p.space(), p.unit(), -1, 1000);
            String own = s.record(face.get("FaceID").asText()).orElseThrow().archiveId();
            assertEquals(own, found.get(0).archive().id(), "the capture's own archive first");
            assertTrue(found.size() > 3, "and every other face archive after it: " + found.size());

            List<String> ranked = found.stream().map(m -> m.archive().id()).toList();
            assertEquals(ranked, s.searchByProbes(contents.probes(), -1, 1000).stream().map(m -> m.archive().id()).toList(), "one capture: the same");
            // two captures (the second the opposite of the first): the archives like either, each with its best similarity
            ProbeFile.Probe other = new ProbeFile.Probe("opposite", p.type(), p.space(), negated(p.unit()), null);
            List<ArchiveMatch> both = s.searchByProbes(List.of(p, other), 0.3, 1000);
            assertEquals(own, both.get(0).archive().id());
            for (ArchiveMatch m : both) {
                double a = s.searchByFeature(p.space(), p.unit(), -1, 1000).stream().filter(x -> x.archive().id().equals(m.archive().id())).findFirst().orElseThrow().similarity();
                double b = s.searchByFeature(p.space(), other.unit(), -1, 1000).stream().filter(x -> x.archive().id().equals(m.archive().id())).findFirst().orElseThrow().similarity();
                assertEquals(Math.max(a, b), m.similarity(), 1e-9);
            }
            ArchiveFilter all = ArchiveFilter.all().withMinSize(1);
            assertEquals(ranked, s.archivesRanked(all, ranked, 0, 1000).stream().map(Archive::id).toList());
            assertEquals(ranked.subList(1, 3), s.archivesRanked(all, ranked, 1, 2).stream().map(Archive::id).toList(), "a page further on");
            assertEquals(List.of(), s.archivesRanked(all.withKind(ArchiveKind.VEHICLE), ranked, 0, 1000), "the other filters still apply");
            assertEquals(List.of(), s.archivesRanked(all, ranked, ranked.size(), 10));
        }
    }

    private static float[] negated(float[] v) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = -v[i];
        return out;
    }

    private static JsonNode firstFace(Path batch) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(batch)) {
            for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".json"))::iterator) {
                JsonNode list = json.readTree(f.toFile()).path("FaceListObject").path("FaceObject");
                if (list.isArray() && list.size() > 0) return list.get(0);
            }
        }
        throw new AssertionError("no face in the batch");
    }
}
