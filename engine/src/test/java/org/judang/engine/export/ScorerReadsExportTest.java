package org.judang.engine.export;

import org.judang.engine.metrics.QualityMetrics;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.store.Records;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.judang.engine.model.ObjectType.FACE;
import static org.judang.engine.model.ObjectType.MOTOR_VEHICLE;
import static org.judang.engine.model.ObjectType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The independent scorer reads an export's {@code ArchiveSubjects.json} and finds the figures the case gives. */
class ScorerReadsExportTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path tmp;

    @Test
    void theScorerReadsTheExportedSubjects() throws Exception {
        Path script = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("../../shared/bench/evaluate.py").normalize();
        Assumptions.assumeTrue(Files.isExecutable(PYTHON) && Files.isRegularFile(script), "python3 or shared/bench/evaluate.py is absent");
        Map<String, String> truth = new LinkedHashMap<>();
        Map<String, String> archiveOf = new HashMap<>();
        try (TestCase c = TestCase.create(tmp.resolve("case"), "Scored")) {
            for (String id : List.of("F1", "F2", "F3", "F4", "U1")) c.add(FACE, id, null);
            c.add(PERSON, "B1", null);
            c.add(MOTOR_VEHICLE, "M1", null);
            c.archive(ArchiveKind.PERSON, FACE, "F1", null, "F1", "F2", "B1", "F3");
            c.archive(ArchiveKind.PERSON, FACE, "F4", null, "F4");
            c.archive(ArchiveKind.VEHICLE, MOTOR_VEHICLE, "M1", null, "M1");
            truth.putAll(Map.of("F1", "alice", "F2", "alice", "B1", "alice", "F3", "bob", "F4", "bob", "U1", "carol", "M1", "car"));
            c.store.db().read(conn -> {
                Records.forEach(conn, "WHERE archive_id IS NOT NULL", List.of(), r -> archiveOf.put(r.id(), r.archiveId()));
                return null;
            });
            Path out = tmp.resolve("export");
            new ArchiveExporter(c.store).export(out, new ExportOptions(ImageMode.NONE, false), null, null);
            Path truthFile = tmp.resolve("truth.tsv");
            StringBuilder tsv = new StringBuilder();
            truth.forEach((object, identity) -> tsv.append(object).append('\t').append(identity).append('\n'));
            Files.writeString(truthFile, tsv);

            Process p = new ProcessBuilder(PYTHON.toString(), script.toString(), truthFile.toString(), out.resolve("ArchiveSubjects.json").toString())
                    .redirectErrorStream(true).start();
            String scored = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));

            assertEquals(QualityMetrics.compute(truth, archiveOf).toJson(), scored);
        }
    }
}
