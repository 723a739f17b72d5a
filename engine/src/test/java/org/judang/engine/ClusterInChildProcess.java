package org.judang.engine;

import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Clusters a case through the jvector path in a process of its own, announcing each stage on standard output and
 * stopping dead (blocked on standard input) when it reaches the writing of archives — where the test kills it.
 */
public final class ClusterInChildProcess {
    public static void main(String[] args) throws IOException {
        try (CaseSession s = Workstation.openCase(Path.of(args[0]))) {
            s.cluster(ClusterOptions.defaults().withExactBelow(0), new ProgressListener() {
                @Override
                public void stage(String name, long total) {
                    System.out.println("STAGE " + name);
                    System.out.flush();
                    if (name.startsWith("Writing archives")) {
                        try {
                            System.in.read(); // never answered: the parent kills us here
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }

                @Override
                public void advance(long done) {}
            }, CancellationToken.none());
        }
    }
}
