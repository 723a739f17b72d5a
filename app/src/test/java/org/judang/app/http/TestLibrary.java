package org.judang.app.http;

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
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A small case as a person would have it after a first import: a generated batch of captures (faces, bodies,
 * vehicles, things) and a gallery of known persons, imported and clustered. Built once per test class and copied for
 * each test that writes, so tests do not see each other's corrections.
 */
final class TestLibrary {
    /** 30 persons and 8 vehicles in 300 captures, 32-value features, 6 known persons; no images (answers stay small). */
    static final GeneratorSettings SMALL = GeneratorSettings.defaults().withIdentities(30).withRecords(300).withDimension(32).withVehicles(8)
            .withImages(false).withGalleryPersons(6).withSeed(11);

    private final Path template;

    private TestLibrary(Path template) {
        this.template = template;
    }

    /** Generates, imports and clusters into {@code dir}/case. */
    static TestLibrary build(Path dir, GeneratorSettings settings) {
        GeneratedBatch batch = new SyntheticBatchGenerator(settings).write(dir.resolve("data"));
        Path folder = dir.resolve("case");
        try (CaseSession s = Workstation.createCase(folder, "Harbour case")) {
            s.importBatch(batch.captures(), ProgressListener.NONE, CancellationToken.none());
            if (batch.gallery() != null) s.importBatch(batch.gallery(), ProgressListener.NONE, CancellationToken.none());
            s.cluster(ClusterOptions.defaults(), ProgressListener.NONE, CancellationToken.none());
        }
        return new TestLibrary(folder);
    }

    /** A fresh copy of the case, opened. */
    CaseSession open(Path into) {
        copyTree(template, into);
        return Workstation.openCase(into);
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
