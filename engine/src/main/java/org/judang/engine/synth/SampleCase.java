package org.judang.engine.synth;

import java.nio.file.Path;

/**
 * The sample case bundled in {@code sample-cases/demo}: a few thousand captures with crops, small enough to commit.
 * Regenerate it with {@code main}; a test checks that the committed files are what these settings produce.
 */
public final class SampleCase {
    /** 2,800 records of 128-d features (half of the default 256 keeps the inline base64 small), images on. */
    public static final GeneratorSettings SETTINGS = GeneratorSettings.defaults()
            .withRecords(2800)
            .withDimension(128);

    private SampleCase() {}

    /** Writes the sample case into the folder given as the only argument, which must be new or empty. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: SampleCase <empty output folder>   e.g. sample-cases/demo");
            System.exit(2);
        }
        GeneratedBatch batch = new SyntheticBatchGenerator(SETTINGS).write(Path.of(args[0]));
        System.out.println("wrote " + batch.records() + " records of " + batch.identities() + " identities to " + args[0]);
    }
}
