package org.judang.app.cli;

import org.judang.engine.CaseSession;
import org.judang.engine.ingest.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code judang import DIR BATCH...}. */
@Command(name = "import", description = {"Import batches (folders or .zip files) and print each import report.",
        "Exit 0 when every batch was read, even with rejected records; 3 when a batch is unreadable."},
        mixinStandardHelpOptions = true)
final class ImportCommand implements Runnable {
    @Mixin CaseOptions c;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "BATCH", description = "Batch folders or .zip files.") List<Path> batches;
    @Option(names = "--json", description = "Print the reports as JSON, one per line.") boolean json;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        TerminalProgress progress = TerminalProgress.forConsole(System.err);
        try (CaseSession s = c.open(); CtrlC ctrlC = new CtrlC()) {
            for (Path b : batches) {
                ImportReport r;
                try {
                    r = s.importBatch(b, progress, ctrlC.token());
                } finally {
                    progress.finish();
                }
                out.println(json ? r.toJson() : r.formatText());
            }
        }
    }
}
