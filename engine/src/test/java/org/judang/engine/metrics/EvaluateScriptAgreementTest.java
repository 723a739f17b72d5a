package org.judang.engine.metrics;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The figures agree with the independent scorer, {@code shared/bench/evaluate.py}, character for character, on
 * random clusterings with splits, merges, objects in no archive and archived objects nobody labelled.
 */
class EvaluateScriptAgreementTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "seed {0}: {1} objects, {2} identities")
    @CsvSource({"1, 2000, 150", "2, 500, 400", "3, 3000, 12"})
    void printsWhatTheScriptPrints(long seed, int objects, int identities) throws Exception {
        Optional<Path> script = evaluateScript();
        Assumptions.assumeTrue(Files.isExecutable(PYTHON), "no " + PYTHON + " on this machine");
        Assumptions.assumeTrue(script.isPresent(), "shared/bench/evaluate.py is not beside this checkout");
        Random random = new Random(seed);
        List<String[]> truthLines = new ArrayList<>();
        List<String[]> predictedLines = new ArrayList<>();
        for (int i = 0; i < objects; i++) {
            String object = "obj-" + i;
            int identity = random.nextInt(identities);
            truthLines.add(new String[]{object, "id-" + identity});
            double roll = random.nextDouble();
            if (roll < 0.75) predictedLines.add(new String[]{object, "arc-" + identity});
            else if (roll < 0.85) predictedLines.add(new String[]{object, "arc-split-" + identity % 7 + "-" + identity});
            else if (roll < 0.95) predictedLines.add(new String[]{object, "arc-" + random.nextInt(identities)});
            // else: in no archive
        }
        for (int i = 0; i < objects / 20; i++) predictedLines.add(new String[]{"unlabelled-" + i, "arc-" + random.nextInt(identities)});
        Collections.shuffle(truthLines, random);
        Collections.shuffle(predictedLines, random);
        Path truthFile = write("truth.tsv", truthLines);
        Path predictedFile = write("pred.tsv", predictedLines);
        Map<String, String> archiveOf = new LinkedHashMap<>();
        for (String[] line : predictedLines) archiveOf.put(line[0], line[1]);

        String ours = QualityMetrics.compute(TruthFile.read(truthFile), archiveOf).toJson();

        assertEquals(run(script.get(), truthFile, predictedFile), ours);
    }

    /** The script beside the checkout: {@code ../shared} from the repository root, {@code ../../shared} from the engine module. */
    private static Optional<Path> evaluateScript() {
        Path base = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        for (String relative : List.of("../../shared/bench/evaluate.py", "../shared/bench/evaluate.py")) {
            Path candidate = base.resolve(relative).normalize();
            if (Files.isRegularFile(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    private static String run(Path script, Path truth, Path predicted) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(PYTHON.toString(), script.toString(), truth.toString(), predicted.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "evaluate.py did not finish");
        assertEquals(0, p.exitValue(), "evaluate.py failed: " + output);
        return output;
    }

    private Path write(String name, List<String[]> lines) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String[] line : lines) sb.append(line[0]).append('\t').append(line[1]).append('\n');
        return Files.writeString(tmp.resolve(name), sb.toString(), StandardCharsets.UTF_8);
    }
}
