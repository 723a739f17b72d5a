package org.judang.engine;

import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.synth.GeneratedBatch;
import org.judang.engine.synth.GeneratorSettings;
import org.judang.engine.synth.SyntheticBatchGenerator;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** A clustering run killed part-way leaves the case as it was, and running it again resumes from what it saved. */
class ClusterResumeTest {
    @TempDir Path tmp;

    @Test
    void aKilledRunLeavesTheCaseUnchangedAndTheNextRunResumes() throws Exception {
        GeneratedBatch batch = new SyntheticBatchGenerator(GeneratorSettings.defaults().withIdentities(60).withRecords(700).withDimension(32)
                .withVehicles(15).withImages(false).withGalleryPersons(0).withSeed(8)).write(tmp.resolve("data"));
        Path dir = tmp.resolve("case");
        try (CaseSession s = Workstation.createCase(dir, "resume")) {
            s.importBatch(batch.captures(), ProgressListener.NONE, CancellationToken.none());
        }

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ClusterInChildProcess.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            List<String> seen = new ArrayList<>();
            while ((line = out.readLine()) != null && !line.startsWith("STAGE Writing archives")) seen.add(line);
            assertNotNull(line, "the child reached the writing of archives; it printed " + seen);
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }

        Set<Path> segmentsBefore = files(dir.resolve("vectors"), ".jvx");
        assertFalse(segmentsBefore.isEmpty(), "index segments were saved");
        assertFalse(files(dir.resolve("tmp"), ".bin").isEmpty(), "neighbour graphs were saved");
        // a copy of the killed case, to compare a resumed run with a clean search over the same index
        Path copy = tmp.resolve("copy");
        copyTree(dir, copy);
        try (Stream<Path> checkpoints = Files.list(copy.resolve("tmp"))) {
            for (Path p : checkpoints.toList()) Files.delete(p);
        }

        Set<Set<String>> resumed, clean;
        try (CaseSession s = Workstation.openCase(dir)) {
            assertEquals(0, s.overview().archives(), "the killed run wrote nothing");
            List<String> messages = new ArrayList<>();
            s.cluster(ClusterOptions.defaults().withExactBelow(0), new ProgressListener() {
                @Override public void stage(String name, long total) {}
                @Override public void advance(long done) {}
                @Override public void message(String text) { messages.add(text); }
            }, CancellationToken.none());
            assertTrue(messages.stream().anyMatch(m -> m.startsWith("Resuming")), "resumed from the checkpoint: " + messages);
            assertEquals(0, s.overview().unarchived());
            resumed = partition(s);
        }
        assertEquals(segmentsBefore, files(dir.resolve("vectors"), ".jvx"), "no index segment was built again");
        assertTrue(files(dir.resolve("tmp"), ".bin").isEmpty(), "checkpoints are removed once archives are written");
        try (CaseSession s = Workstation.openCase(copy)) {
            s.cluster(ClusterOptions.defaults().withExactBelow(0), ProgressListener.NONE, CancellationToken.none());
            clean = partition(s);
        }
        assertEquals(clean, resumed, "the resumed run files the same archives as a clean run on the same index");
    }

    static Set<Set<String>> partition(CaseSession s) {
        List<ObjectRecord> all = new ArrayList<>();
        for (var a : s.archives(ArchiveFilter.all(), 0, Integer.MAX_VALUE)) all.addAll(s.members(a.id()));
        return all.stream().collect(Collectors.groupingBy(ObjectRecord::archiveId, Collectors.mapping(ObjectRecord::id, Collectors.toCollection(TreeSet::new))))
                .values().stream().map(x -> (Set<String>) x).collect(Collectors.toSet());
    }

    static Set<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) return Set.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).map(Path::getFileName).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
