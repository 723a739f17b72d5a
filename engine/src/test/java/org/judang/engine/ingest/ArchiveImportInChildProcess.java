package org.judang.engine.ingest;

import org.judang.engine.store.CaseStore;
import org.judang.engine.task.CancellationToken;

import java.nio.file.Path;

/**
 * Imports an export package's archives into a case, a few records per transaction, printing
 * {@code COMMITTED <message>} after each committed transaction, for {@link ArchiveImportTest} to kill it at a known
 * point. Arguments: case folder, package path, records per transaction.
 */
public final class ArchiveImportInChildProcess {
    private ArchiveImportInChildProcess() {}

    public static void main(String[] args) {
        try (CaseStore store = CaseStore.open(Path.of(args[0]))) {
            new ArchiveImporter(store, IngestLimits.DEFAULT.withRecordsPerTransaction(Integer.parseInt(args[2])))
                    .importArchives(Path.of(args[1]), ImportInChildProcess.printCommits(), CancellationToken.none());
        }
        System.out.println(ImportInChildProcess.DONE);
    }
}
