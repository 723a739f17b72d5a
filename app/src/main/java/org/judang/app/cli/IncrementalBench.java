package org.judang.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.CaseSession;
import org.judang.engine.Workstation;
import org.judang.engine.archive.ArchivingSummary;
import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.ingest.ImportReport;
import org.judang.engine.model.ObjectType;
import org.judang.engine.synth.FeatureEncoding;
import org.judang.engine.synth.GeneratedBatch;
import org.judang.engine.synth.GeneratorSettings;
import org.judang.engine.synth.SyntheticBatchGenerator;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * {@code judang bench incremental}: folds a later batch of the same generated case (same seed, identities and vehicles,
 * captures on later days) into an existing case, and times the import and the clustering run end to end.
 */
@Command(name = "incremental", description = {"Fold a later generated batch of the same people and vehicles into an existing case",
        "(one made by 'bench cluster --work DIR': give the same --ids and --seed), timing import and clustering."}, mixinStandardHelpOptions = true)
final class IncrementalBench implements Runnable {
    @Option(names = "--case", required = true, paramLabel = "DIR", description = "The case to grow (it is changed).") Path caseDir;
    @Option(names = "--records", defaultValue = "10000", paramLabel = "N", description = "Records in the new batch (default ${DEFAULT-VALUE}).") int records;
    @Option(names = "--ids", required = true, paramLabel = "N", description = "Distinct persons of the case's generator settings.") int ids;
    @Option(names = "--dim", defaultValue = "256", paramLabel = "D") int dim;
    @Option(names = "--seed", defaultValue = "7") long seed;
    @Option(names = "--first-day", defaultValue = "3", paramLabel = "N", description = "Day the new captures start on (default: after the 3 days of the first batch).") int firstDay;
    @Option(names = "--truth", paramLabel = "FILE", description = "The first batch's truth.tsv: then the whole case is scored afterwards.") Path truth;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(caseDir)) throw new UserException("no case at " + caseDir);
        BenchCommand.withWork(null, work -> {
            GeneratorSettings s = GeneratorSettings.defaults().withIdentities(ids).withRecords(records).withDimension(dim).withSeed(seed)
                    .withVehicles(Math.max(1, ids / 4)).withEncoding(FeatureEncoding.NPY_SIDECAR).withImages(false).withFirstDay(firstDay);
            GeneratedBatch b = new SyntheticBatchGenerator(s).write(work.resolve("data"));
            try (CaseSession session = Workstation.openCase(caseDir)) {
                ResourceMeter.resetPeaks();
                long t0 = System.nanoTime();
                ImportReport r = session.importBatch(b.captures(), ProgressListener.NONE, CancellationToken.none());
                long t1 = System.nanoTime();
                ArchivingSummary sum = session.cluster(ClusterOptions.defaults(), ProgressListener.NONE, CancellationToken.none());
                long t2 = System.nanoTime();
                ObjectNode o = BenchCommand.json("incremental");
                o.put("case_records", session.overview().records());
                o.put("new_records", r.totalImported());
                o.put("import_s", BenchCommand.round((t1 - t0) / 1e9));
                o.put("cluster_s", BenchCommand.round((t2 - t1) / 1e9));
                o.put("total_s", BenchCommand.round((t2 - t0) / 1e9));
                o.put("archives_created", sum.archivesCreated());
                o.put("archives_extended", sum.archivesUpdated());
                o.put("peak_heap_mb", Math.round(ResourceMeter.peakHeapBytes() / 1e6));
                o.put("peak_live_heap_mb", Math.round(ResourceMeter.peakLiveHeapBytes() / 1e6));
                o.put("vector_path", ResourceMeter.vectorPath());
                if (truth != null) {
                    Path both = work.resolve("truth-both.tsv");
                    List<String> lines = new ArrayList<>(Files.readAllLines(truth));
                    lines.addAll(Files.readAllLines(b.truth()));
                    Files.write(both, lines);
                    o.set("quality_face", BenchCommand.readJson(session.evaluate(both, EnumSet.of(ObjectType.FACE)).toJson()));
                }
                out.println(o);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
