package org.judang.app.cli;

import org.judang.app.desktop.DesktopLauncher;
import org.judang.engine.ArchiveFilter;
import org.judang.engine.CaseSession;
import org.judang.engine.Workstation;
import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.ingest.ImportReport;
import org.judang.engine.model.Archive;
import org.judang.engine.model.CaseTime;
import org.judang.engine.model.ObjectType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** {@code judang demo}: the bundled sample case, imported, clustered and scored in one go. */
@Command(name = "demo", description = {"Import, cluster and score the bundled sample case (sample-cases/demo).",
        "Makes a fresh case, prints its archives and quality figures, then opens the workstation on it (unless --no-gui or no display)."}, mixinStandardHelpOptions = true)
final class DemoCommand implements Runnable {
    @Option(names = "--sample", paramLabel = "DIR", description = "The sample folder (default: sample-cases/demo next to the program).") Path sample;
    @Option(names = "--case", paramLabel = "DIR", defaultValue = "demo-case", description = "Where to make the case (default ${DEFAULT-VALUE}; replaced if it holds a case).")
    Path caseDir;
    @Option(names = "--no-gui", description = "Do not open the workstation's window on the case at the end.") boolean noGui;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Path src = sample != null ? sample : SampleLocation.find();
        if (!Files.isDirectory(src.resolve("captures"))) throw new UserException("No sample case at " + src + " (expected captures/ inside). Pass --sample DIR.");
        replaceCase(caseDir);
        TerminalProgress progress = TerminalProgress.forConsole(System.err);
        try (CaseSession s = Workstation.createCase(caseDir, "Sample case"); CtrlC ctrlC = new CtrlC()) {
            out.println("== Case " + caseDir.toAbsolutePath());
            for (String part : List.of("captures", "gallery")) {
                Path b = src.resolve(part);
                if (!Files.isDirectory(b)) continue;
                ImportReport r = s.importBatch(b, progress, ctrlC.token());
                progress.finish();
                out.println(r.formatText());
            }
            var sum = s.cluster(ClusterOptions.defaults(), progress, ctrlC.token());
            progress.finish();
            out.println("== Clustering");
            ClusterCommand.print(sum, out);
            out.println();
            out.println("== Largest archives");
            List<Archive> top = s.archives(ArchiveFilter.all(), 0, 15);
            for (Archive a : top) {
                out.printf("  %s  %-7s %-13s %4d records  %s .. %s  %s%n", a.id(), a.kind(), a.primaryType(), a.recordCount(),
                        a.firstTime() == null ? "-" : CaseTime.format(a.firstTime()), a.lastTime() == null ? "-" : CaseTime.format(a.lastTime()),
                        a.plate() == null ? "" : a.plate());
            }
            out.println();
            CaseCommand.print(s.overview(), out);
            Path truth = src.resolve("truth.tsv");
            if (Files.isRegularFile(truth)) {
                out.println();
                out.println("== Quality (GA/T 2350.5 7.1) against " + truth);
                for (ObjectType t : ObjectType.values()) {
                    Set<ObjectType> only = EnumSet.of(t);
                    if (s.overview().recordsByType().getOrDefault(t, 0L) == 0) continue;
                    out.printf("  %-17s %s%n", t, s.evaluate(truth, only).toJson());
                }
            }
            out.println();
            out.println("Next: java -jar app/target/judang.jar archives " + caseDir + "   |   export " + caseDir + " out-dir");
        }
        if (!noGui && DesktopLauncher.displayAvailable()) {
            out.println("Opening the workstation on " + caseDir.toAbsolutePath() + " …");
            out.flush();
            Path truth = src.resolve("truth.tsv");
            DesktopLauncher.open(caseDir, Files.isRegularFile(truth) ? truth : null, null);
        }
    }

    /** Deletes a previous demo case (only a folder that holds a case) so the demo always starts fresh. */
    private static void replaceCase(Path dir) {
        if (!Files.exists(dir)) return;
        if (!Files.isRegularFile(dir.resolve("case.db"))) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) throw new UserException(dir.toAbsolutePath() + " exists and is not a case; choose another folder with --case.");
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the previous demo case " + dir + ": " + e.getMessage(), e);
        }
    }
}
