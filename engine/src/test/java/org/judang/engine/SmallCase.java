package org.judang.engine;

import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.synth.GeneratorSettings;
import org.judang.engine.synth.SyntheticBatchGenerator;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;

import java.nio.file.Path;

/** A small labelled batch, imported into a new case under {@code folder} and clustered: the caller closes it. */
final class SmallCase {
    private SmallCase() {}

    static CaseSession clustered(Path folder, GeneratorSettings settings) {
        Path captures = new SyntheticBatchGenerator(settings).write(folder.resolve("data")).captures();
        CaseSession s = Workstation.createCase(folder.resolve("case"), "small case");
        try {
            s.importBatch(captures, ProgressListener.NONE, CancellationToken.none());
            s.cluster(ClusterOptions.defaults(), ProgressListener.NONE, CancellationToken.none());
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }
}
