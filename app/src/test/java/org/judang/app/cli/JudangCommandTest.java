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
    }
}
