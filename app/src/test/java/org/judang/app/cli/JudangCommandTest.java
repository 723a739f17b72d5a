package org.judang.app.cli;

import org.judang.engine.synth.GeneratedBatch;
import org.judang.engine.synth.GeneratorSettings;
import org.judang.engine.synth.SyntheticBatchGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The command line as a script or a person sees it: exit codes, one-line errors, no stack traces. */
class JudangCommandTest {
    @TempDir Path tmp;

    record Run(int code, String out, String err) {}

    static Run judang(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = JudangCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheCommands() {
        Run r = judang("--help");
        assertEquals(0, r.code());
        for (String c : new String[]{"case", "import", "cluster", "archives", "export", "evaluate", "demo", "undo", "query", "serve"}) {
            assertTrue(r.out().contains(c), c);
        }
    }

    @Test
    void versionNamesTheRuntimeItsHeapAndTheVectorPath() {
        Run r = judang("--version");
        assertEquals(0, r.code());
        var lines = r.out().lines().toList();
        assertEquals("Judang Workstation 0.1.0", lines.get(0));
        assertTrue(lines.get(1).startsWith("Java " + Runtime.version() + " ("), lines.get(1));
        assertTrue(lines.get(1).endsWith("max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB"), lines.get(1));
        assertTrue(lines.get(2).startsWith("Vector search: jvector "), lines.get(2));
    }

    @Test
    void usageErrorsExit2WithOneLine() {
        Run r = judang("import");
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals(2, judang("cluster", tmp.toString(), "--threshold", "7").code());
        assertEquals(2, judang("frobnicate").code());
    }

    @Test
    void anUnreadableBatchExits3AndAMissingCaseExits1WithoutAStackTrace() throws Exception {
        Path c = tmp.resolve("case");
        assertEquals(0, judang("case", "create", c.toString()).code());
        Files.createDirectories(tmp.resolve("empty"));
        Run r = judang("import", c.toString(), tmp.resolve("empty").toString());
        assertEquals(3, r.code());
        assertTrue(r.err().startsWith("Error: "), r.err());
        Run missing = judang("archives", tmp.resolve("nope").toString());
        assertEquals(1, missing.code());
        assertFalse(missing.err().contains("\tat "), "no stack trace: " + missing.err());
        assertTrue(judang("archives", tmp.resolve("nope").toString(), "--verbose").err().contains("\tat "), "--verbose shows one");
    }

    @Test
    void importClusterQueryExportEvaluateUndo() throws Exception {
        GeneratedBatch b = new SyntheticBatchGenerator(GeneratorSettings.defaults().withIdentities(30).withRecords(300).withDimension(32)
                .withVehicles(8).withImages(false).withGalleryPersons(0)).write(tmp.resolve("data"));
        String c = tmp.resolve("case").toString();
        assertEquals(0, judang("case", "create", c, "--name", "测试").code());
        Run imp = judang("import", c, b.captures().toString());
        assertEquals(0, imp.code(), imp.err());
        assertTrue(imp.out().contains("300"), imp.out());
        assertEquals(0, judang("cluster", c).code());
        Run archives = judang("archives", c, "--json");
        assertTrue(archives.out().startsWith("["), archives.out());
        Run eval = judang("evaluate", c, b.truth().toString());
        assertTrue(eval.out().contains("\"bcubed_f\""), eval.out());
        assertEquals(0, judang("export", c, tmp.resolve("out").toString(), "--images", "none").code());
        assertTrue(Files.isRegularFile(tmp.resolve("out/ArchiveSubjects.json")));
        Run undo = judang("undo", c);
        assertEquals("Nothing to undo.", undo.out().strip());

        // search by image with a capture from a file: its own archive first; a broken file is one line, exit 1
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode face = null;
        try (var files = Files.walk(b.captures())) {
            for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".json"))::iterator) {
                var list = json.readTree(f.toFile()).path("FaceListObject").path("FaceObject");
                if (list.isArray() && list.size() > 0) face = list.get(0);
            }
        }
        assertNotNull(face);
        Path probe = tmp.resolve("probe.json");
        Files.writeString(probe, "{\"FaceObject\":" + face + "}");
        Run search = judang("search", c, probe.toString(), "--json", "--limit", "3");
        assertEquals(0, search.code(), search.err());
        var hits = json.readTree(search.out());
        assertTrue(hits.size() >= 1 && hits.size() <= 3, search.out());
        try (var session = org.judang.engine.Workstation.openCase(Path.of(c))) {
            assertEquals(session.record(face.get("FaceID").asText()).orElseThrow().archiveId(), hits.get(0).get("archiveId").asText(), "its own archive first");
        }
        Files.writeString(tmp.resolve("broken.json"), "{\"FaceObject\":");
        Run broken = judang("search", c, tmp.resolve("broken.json").toString());
        assertEquals(1, broken.code());
        assertTrue(broken.err().contains("broken.json is not valid JSON"), broken.err());
        assertFalse(broken.err().contains("\tat "), "no stack trace");
    }

    @Test
    void benchesGrowACaseAndMeasureItsLibrary() {
        Path work = tmp.resolve("bench");
        Run cluster = judang("bench", "cluster", "--records", "1500", "--ids", "150", "--dim", "32", "--work", work.toString());
        assertEquals(0, cluster.code(), cluster.err());
        String caseDir = work.resolve("case").toString();
        Run grow = judang("bench", "incremental", "--case", caseDir, "--records", "400", "--ids", "150", "--dim", "32",
                "--truth", work.resolve("data/truth.tsv").toString());
        assertEquals(0, grow.code(), grow.err());
        assertTrue(grow.out().contains("\"new_records\":400"), grow.out());
        assertTrue(grow.out().contains("\"bcubed_f\""), grow.out());
        Run library = judang("bench", "library", "--case", caseDir, "--repeat", "3", "--corrections", "2");
        assertEquals(0, library.code(), library.err());
        for (String op : new String[]{"archives_by_camera", "search_by_record", "companions", "merge", "split", "move"}) {
            assertTrue(library.out().contains("\"op\":\"" + op + "\""), op + " in " + library.out());
        }
        assertTrue(library.out().contains("\"undo_p95_ms\""), library.out());
        Run all = judang("cluster", caseDir, "--all");
        assertEquals(0, all.code(), all.err());
        assertEquals("Nothing to undo.", judang("undo", caseDir).out().strip(), "the bench undid every correction it made");
    }

    @Test
    void namedExportsDeltasAndArchiveImport() throws Exception {
        GeneratedBatch b = new SyntheticBatchGenerator(GeneratorSettings.defaults().withIdentities(20).withRecords(160).withDimension(32)
                .withVehicles(4).withImages(false).withGalleryPersons(0)).write(tmp.resolve("data"));
        String c = tmp.resolve("case").toString();
        assertEquals(0, judang("case", "create", c).code());
        assertEquals(0, judang("import", c, b.captures().toString()).code());
        assertEquals(0, judang("cluster", c).code());
        Run full = judang("export", c, tmp.resolve("E0").toString(), "--name", "E0");
        assertEquals(0, full.code(), full.err());
        assertTrue(full.out().strip().endsWith("as 'E0'"), full.out());

        String someArchive = judang("archives", c).out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
        assertEquals(0, judang("hide", c, someArchive).code());
        Run delta = judang("export", c, tmp.resolve("D1.zip").toString(), "--since", "E0", "--name", "D1");
        assertEquals(0, delta.code(), delta.err());
        assertTrue(delta.out().startsWith("Exported the changes since 'E0': 0 archives added, 0 modified, 1 deleted"), delta.out());
        Run list = judang("exports", c);
        assertTrue(list.out().contains("D1") && list.out().contains("delta since E0") && list.out().indexOf("D1") < list.out().indexOf("E0 "), list.out());
        Run unknown = judang("export", c, tmp.resolve("D2").toString(), "--since", "E9");
        assertEquals(1, unknown.code());
        assertEquals("Error: This case has no finished export named 'E9' to make a delta since. Its exports are: D1, E0.", unknown.err().strip());

        String copy = tmp.resolve("copy").toString();
        assertEquals(0, judang("case", "create", copy).code());
        Run imported = judang("import-archives", copy, tmp.resolve("E0").toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().lines().anyMatch(l -> l.matches("Total\\s+[1-9]\\d*\\s+0\\s+0")), imported.out());
        Run notAnExport = judang("import-archives", copy, tmp.resolve("D1.zip").toString());
        assertEquals(3, notAnExport.code());
        assertTrue(notAnExport.err().startsWith("Error: ") && notAnExport.err().contains("is a delta export"), notAnExport.err());
    }
}
