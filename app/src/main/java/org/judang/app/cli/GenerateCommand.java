package org.judang.app.cli;

import org.judang.engine.synth.FeatureEncoding;
import org.judang.engine.synth.GeneratedBatch;
import org.judang.engine.synth.GeneratorSettings;
import org.judang.engine.synth.SyntheticBatchGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;

/** {@code judang generate OUT --ids N --records M}. */
@Command(name = "generate", description = {"Write a labelled synthetic batch (captures/, gallery/, truth.tsv) for tests and benchmarks.",
        "Deterministic for a seed."}, mixinStandardHelpOptions = true)
final class GenerateCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "OUT") Path out;
    @Option(names = "--ids", required = true, paramLabel = "N", description = "Distinct persons.") int ids;
    @Option(names = "--records", required = true, paramLabel = "M", description = "Capture records in all.") int records;
    @Option(names = "--dim", defaultValue = "256", paramLabel = "D", description = "Feature dimension (default ${DEFAULT-VALUE}).") int dim;
    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).") long seed;
    @Option(names = "--vehicles", paramLabel = "V", description = "Distinct motor vehicles (default: ids/4).") Integer vehicles;
    @Option(names = "--npy", description = "Features as .npy + .ids sidecars instead of inline base64.") boolean npy;
    @Option(names = "--no-images", description = "Do not draw crops.") boolean noImages;
    @Option(names = "--cameras", defaultValue = "6", paramLabel = "C") int cameras;
    @Option(names = "--days", defaultValue = "3", paramLabel = "D") int days;
    @Option(names = "--gallery", defaultValue = "5", paramLabel = "G", description = "Known persons in the gallery batch.") int gallery;
    @Option(names = "--first-day", defaultValue = "0", paramLabel = "N", description = {"Start the captures N days later: with the same --seed, --ids",
            "and --vehicles, a later batch of the same case (the same people and vehicles, new captures and IDs)."}) int firstDay;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        if (ids < 1 || records < 1 || dim < 2 || cameras < 1 || days < 1 || gallery < 0 || firstDay < 0) {
            throw new UsageException("--ids, --records, --cameras and --days must be positive, --dim at least 2, --gallery and --first-day not negative");
        }
        GeneratorSettings s = new GeneratorSettings(ids, records, dim, seed, vehicles != null ? vehicles : Math.max(1, ids / 4),
                npy ? FeatureEncoding.NPY_SIDECAR : FeatureEncoding.INLINE_BASE64, !noImages, cameras, days, Math.min(gallery, ids), firstDay);
        long t0 = System.nanoTime();
        GeneratedBatch b = new SyntheticBatchGenerator(s).write(out);
        spec.commandLine().getOut().printf("Wrote %s (%s) in %.1f s%n  captures: %s%n  gallery:  %s%n  truth:    %s%n",
                out.toAbsolutePath(), b.counts(), (System.nanoTime() - t0) / 1e9, b.captures(), b.gallery(), b.truth());
    }
}
