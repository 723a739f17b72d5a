package org.judang.engine.ingest;

import org.judang.engine.store.CaseStore;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;

import java.nio.file.Path;

/**
 * Imports a batch into a case and prints {@code COMMITTED <message>} after each committed transaction, for
 * {@link CrashRecoveryTest} to kill it at a known point. Arguments: case folder, batch path.
 */
public final class ImportInChildProcess {
    static final String COMMITTED = "COMMITTED ";
    static final String DONE = "DONE";

    private ImportInChildProcess() {}

    public static void main(String[] args) {
        try (CaseStore store = CaseStore.open(Path.of(args[0]))) {
            new BatchImporter(store).importBatch(Path.of(args[1]), printCommits(), CancellationToken.none());
        }
        System.out.println(DONE);
    }

    /** Prints {@code COMMITTED <message>} for each transaction an importer reports stored. */
    static ProgressListener printCommits() {
        return new ProgressListener() {
            @Override public void stage(String name, long total) {}
            @Override public void advance(long done) {}
            @Override public void message(String text) {
                if (text.startsWith("Stored")) {
                    System.out.println(COMMITTED + text);
                    System.out.flush();
                }
            }
        };
    }
}
