package org.judang.app.cli;

import org.judang.engine.CaseSession;
import org.judang.engine.ingest.ArchiveImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;

/** {@code judang import-archives DIR EXPORT}. */
@Command(name = "import-archives", description = {"Import a full export of another case or archive library (a folder or .zip) as archives with",
        "their records, keeping archive IDs, without clustering again, and print the report. Conflicts with the case are",
        "reported and the case's own archives left as they are. Exit 0 when the package was read, 3 when it is unreadable."},
        mixinStandardHelpOptions = true)
final class ImportArchivesCommand implements Runnable {
    @Mixin CaseOptions c;
    @Parameters(index = "1", paramLabel = "EXPORT", description = "The export's folder or .zip file.") Path export;
    @Option(names = "--json", description = "Print the report as JSON.") boolean json;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        TerminalProgress progress = TerminalProgress.forConsole(System.err);
        try (CaseSession s = c.open(); CtrlC ctrlC = new CtrlC()) {
            ArchiveImportReport r;
            try {
                r = s.importArchives(export, progress, ctrlC.token());
            } finally {
                progress.finish();
            }
            spec.commandLine().getOut().println(json ? r.toJson() : r.formatText());
        }
    }
}
