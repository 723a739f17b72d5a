package org.judang.app.cli;

import org.judang.engine.CaseSession;
import org.judang.engine.archive.ArchivingSummary;
import org.judang.engine.archive.ThresholdPreview;
import org.judang.engine.cluster.ClusterOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;

/** {@code judang cluster DIR}. */
@Command(name = "cluster", description = {"Cluster the records not yet archived into archives.",
        "The threshold per feature space is estimated from the data unless given; --preview shows its effect first."}, mixinStandardHelpOptions = true)
final class ClusterCommand implements Runnable {
    @Mixin CaseOptions c;
    @Option(names = "--threshold", paramLabel = "T", description = "Cosine similarity that links two captures (remembered per feature space; default ${DEFAULT-VALUE} or the space's last).")
    Double threshold;
    @Option(names = "--k", paramLabel = "K", defaultValue = "" + ClusterOptions.DEFAULT_K, description = "Neighbours per record (default ${DEFAULT-VALUE}).")
    int k;
    @Option(names = "--method", paramLabel = "METHOD", description = "Graph clustering: infomap (default), snn, leiden or components.")
    String method;
    @Option(names = "--preview", description = "Show how archive counts change with the threshold, per feature space; change nothing.")
    boolean preview;
    @Option(names = "--reestimate", description = "Estimate each space's threshold from the data again instead of using the remembered one.")
    boolean reestimate;
    @Option(names = "--all", description = {"Re-cluster every record the machine placed, not only new ones. Archives keep their IDs where their",
            "records stay together; confirmed and hidden archives, records a person placed and cannot-links are kept."})
    boolean all;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        if (threshold != null && (threshold < -1 || threshold > 1)) throw new UsageException("--threshold must be between -1 and 1, got " + threshold);
        if (k < 1 || k > 1000) throw new UsageException("--k must be between 1 and 1000, got " + k);
        PrintWriter out = spec.commandLine().getOut();
        TerminalProgress progress = TerminalProgress.forConsole(System.err);
        try (CaseSession s = c.open(); CtrlC ctrlC = new CtrlC()) {
            ClusterOptions o = ClusterOptions.defaults().withThreshold(threshold).withK(k).withReestimate(reestimate).withEverything(all);
            if (method != null) {
                try {
                    o = o.withMethod(method);
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
            }
            if (preview) {
                List<ThresholdPreview> p;
                try {
                    p = s.previewThresholds(o, 5, progress, ctrlC.token());
                } finally {
                    progress.finish();
                }
                printPreview(p, out);
                return;
            }
            ArchivingSummary sum;
            try {
                sum = s.cluster(o, progress, ctrlC.token());
            } finally {
                progress.finish();
            }
            print(sum, out);
        }
    }

    static void printPreview(List<ThresholdPreview> previews, PrintWriter out) {
        if (previews.isEmpty()) out.println("Nothing to cluster: every record is archived.");
        for (ThresholdPreview p : previews) {
            out.printf("%s — %d records not yet archived; next run uses %.3f (%s)%n", p.space(), p.records(), p.chosen(), p.source().name().toLowerCase());
            out.printf("  estimate %.3f: strangers ≈ %.3f, same identity ≈ %.3f, separation %.2f%n",
                    p.estimate().threshold(), p.estimate().lowMean(), p.estimate().highMean(), p.estimate().separation());
            out.printf("  %9s  %9s  %10s  %8s%n", "THRESHOLD", "ARCHIVES", "SINGLETONS", "LARGEST");
            for (ThresholdPreview.Row r : p.rows()) {
                out.printf("  %9.3f  %9d  %10d  %8d%s%n", r.threshold(), r.archives(), r.singletons(), r.largest(),
                        Math.abs(r.threshold() - p.chosen()) < 1e-9 ? "   <- next run" : "");
            }
        }
    }

    static void print(ArchivingSummary sum, PrintWriter out) {
        out.printf("Clustered %d records: %d new archives, %d archives extended (%.1f s)%n",
                sum.recordsClustered(), sum.archivesCreated(), sum.archivesUpdated(), sum.millis() / 1000.0);
        for (ArchivingSummary.SpaceSummary sp : sum.spaces()) {
            out.printf("  %-36s %8d records  threshold %.3f (%s)  %7d clusters  %5d joined existing  (kNN %.1f s)%n",
                    sp.space(), sp.records(), sp.threshold(), sp.thresholdSource().name().toLowerCase(), sp.clusters(), sp.joinedExisting(),
                    sp.knnMillis() / 1000.0);
        }
    }
}
