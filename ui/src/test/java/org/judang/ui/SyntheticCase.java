package org.judang.ui;

import org.judang.engine.CaseSession;
import org.judang.engine.Workstation;
import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.synth.GeneratedBatch;
import org.judang.engine.synth.GeneratorSettings;
import org.judang.engine.synth.SyntheticBatchGenerator;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test cases made in a few lines: one small labelled batch (40 persons, 10 vehicles, 400 records with crops) is
 * generated once per test run; each test gets a case of its own, empty or with the batch imported and clustered.
 */
public final class SyntheticCase {
    private static GeneratedBatch batch;
    private static Path clusteredTemplate;

    private SyntheticCase() {}

    /** The generated batch (its {@code captures()} folder is what a person would import). */
    public static synchronized GeneratedBatch batch() {
        if (batch == null) {
            Path dir = temp("judang-batch");
            batch = new SyntheticBatchGenerator(GeneratorSettings.defaults().withIdentities(40).withRecords(400).withDimension(32).withVehicles(10))
                    .write(dir);
        }
        return batch;
    }

    /** A fresh empty folder for a case or an export. */
    public static Path temp(String prefix) {
        try {
            Path p = Files.createTempDirectory(prefix);
            p.toFile().deleteOnExit();
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A case of its own with the batch imported and clustered, closed again: its folder, ready to be opened. The
     * first is made through the engine; the others are copies of it (a case is a folder one can copy).
     */
    public static synchronized Path clustered() {
        if (clusteredTemplate == null) {
            clusteredTemplate = temp("judang-template").resolve("case");
            try (CaseSession s = Workstation.createCase(clusteredTemplate, "Test case")) {
                s.importBatch(batch().captures(), ProgressListener.NONE, CancellationToken.none());
                s.cluster(ClusterOptions.defaults(), ProgressListener.NONE, CancellationToken.none());
            }
        }
        Path folder = temp("judang-case").resolve("case");
        copy(clusteredTemplate, folder);
        return folder;
    }

    private static void copy(Path from, Path to) {
        try (java.util.stream.Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) Files.copy(p, to.resolve(from.relativize(p).toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An open session on a new clustered case; the caller closes it. */
    public static CaseSession clusteredSession() {
        return Workstation.openCase(clustered());
    }
}
