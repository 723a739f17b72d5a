package org.judang.app.cli;

import org.judang.app.desktop.DesktopLauncher;
import org.judang.engine.ingest.BatchUnreadableException;
import org.judang.engine.task.CancelledException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** The {@code judang} command and the mapping from failures to messages and exit codes. */
@Command(name = "judang", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = {"Judang Workstation (聚档工作站): offline object clustering and archiving (GA/T 2350.5-2025).", ""},
        subcommands = {OpenCommand.class, CaseCommand.class, ImportCommand.class, ClusterCommand.class, ArchivesCommand.class, ExportCommand.class,
                ExportsCommand.class, ImportArchivesCommand.class, EvaluateCommand.class, GenerateCommand.class, DemoCommand.class, BenchCommand.class,
                ServeCommand.class,
                CorrectionCommands.Merge.class, CorrectionCommands.Split.class, CorrectionCommands.Move.class, CorrectionCommands.Reject.class,
                CorrectionCommands.Confirm.class, CorrectionCommands.Hide.class, CorrectionCommands.Name.class, CorrectionCommands.Undo.class,
                CorrectionCommands.Redo.class, CorrectionCommands.Log.class,
                QueryCommands.Query.class, QueryCommands.Trajectory.class, QueryCommands.Companions.class, QueryCommands.Search.class,
                QueryCommands.Suggestions.class, QueryCommands.Answer.class, QueryCommands.RealNames.class},
        footer = {"", "Exit codes: 0 done, 1 failed, 2 usage error, 3 batch unreadable, 130 cancelled."})
public final class JudangCommand implements Runnable {
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_UNREADABLE = 3;
    public static final int EXIT_CANCELLED = 130;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT, description = "Show the full error (with stack trace) on failure.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // no subcommand: the desktop window (the case opened last, or the welcome screen), or help where no window can open
        if (DesktopLauncher.displayAvailable()) {
            DesktopLauncher.open(null, null, null);
            return;
        }
        spec.commandLine().usage(spec.commandLine().getOut());
        spec.commandLine().getOut().println("(No display, so no window: the desktop workstation needs one. Above are the commands that work without.)");
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new JudangCommand());
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        cl.setOut(o);
        cl.setErr(e);
        cl.setParameterExceptionHandler((ex, a) -> {
            e.println("judang: " + ex.getMessage() + " (see 'judang " + commandPath(ex.getCommandLine()) + "--help')");
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = parseResult.hasMatchedOption("--verbose")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                    || (parseResult.hasSubcommand() && parseResult.subcommand().hasSubcommand()
                        && parseResult.subcommand().subcommand().hasMatchedOption("--verbose"));
            if (verbose) ex.printStackTrace(e);
            if (ex instanceof UsageException) {
                e.println("judang: " + ex.getMessage());
                return EXIT_USAGE;
            }
            if (ex instanceof BatchUnreadableException) {
                e.println("Error: " + ex.getMessage());
                return EXIT_UNREADABLE;
            }
            if (ex instanceof CancelledException) {
                e.println("Cancelled.");
                return EXIT_CANCELLED;
            }
            e.println("Error: " + describe(ex));
            if (!verbose && !expected(ex)) {
                e.println("(run again with --verbose for details)");
            }
            return EXIT_FAILED;
        });
        return cl.execute(args);
    }

    /** Failures the program anticipates, whose message is the whole story; anything else hints at --verbose. */
    private static boolean expected(Throwable ex) {
        return ex instanceof UncheckedIOException || ex.getClass().getName().startsWith("org.judang.");
    }

    private static String commandPath(CommandLine cl) {
        StringBuilder sb = new StringBuilder();
        for (CommandLine c = cl; c != null && c.getParent() != null; c = c.getParent()) sb.insert(0, c.getCommandName() + " ");
        return sb.toString();
    }

    private static String describe(Throwable ex) {
        String m = ex.getMessage();
        if (m == null || m.isBlank()) m = ex.getClass().getSimpleName();
        return m;
    }
}
