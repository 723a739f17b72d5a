package org.judang.app.cli;

import org.judang.engine.CaseOverview;
import org.judang.engine.CaseSession;
import org.judang.engine.Workstation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code judang case create|info}. */
@Command(name = "case", description = "Create a case or show what it holds.", mixinStandardHelpOptions = true,
        subcommands = {CaseCommand.Create.class, CaseCommand.Info.class})
final class CaseCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new UsageException("'case' needs a subcommand: create or info");
    }

    @Command(name = "create", description = "Create a new, empty case in DIR (absent or empty).", mixinStandardHelpOptions = true)
    static final class Create implements Runnable {
        @Parameters(index = "0", paramLabel = "DIR") Path dir;
        @Option(names = "--name", description = "The case's name (default: the folder's name).") String name;
        @Spec CommandSpec spec;

        @Override
        public void run() {
            try (CaseSession s = Workstation.createCase(dir, name)) {
                spec.commandLine().getOut().println("Created case '" + s.name() + "' in " + dir.toAbsolutePath() + " (library " + s.libraryId() + ")");
            }
        }
    }

    @Command(name = "info", description = "Show a case's records, archives and feature spaces.", mixinStandardHelpOptions = true)
    static final class Info implements Runnable {
        @Mixin CaseOptions c;
        @Spec CommandSpec spec;

        @Override
        public void run() {
            try (CaseSession s = c.open()) {
                print(s.overview(), spec.commandLine().getOut());
            }
        }
    }

    static void print(CaseOverview o, PrintWriter out) {
        out.println("Case       " + o.name() + "  (library " + o.libraryId() + ")");
        out.println("Records    " + o.records() + "  " + o.recordsByType() + "  not archived: " + o.unarchived());
        out.println("Archives   " + o.archives() + "  " + o.archivesByKind());
        out.println("Cameras    " + o.cameras() + "   gallery: " + o.gallery() + "   batches: " + o.batches());
        o.spaces().forEach(sp -> out.println("Space      " + sp.label() + "  vectors: " + sp.vectorCount()));
    }
}
