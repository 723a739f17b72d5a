package org.judang.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.CaseSession;
import org.judang.engine.Workstation;
import org.judang.engine.archive.ArchivingSummary;
import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.export.ExportOptions;
import org.judang.engine.export.ExportSummary;
import org.judang.engine.export.ImageMode;
import org.judang.engine.ingest.ImportReport;
import org.judang.engine.metrics.QualityMetrics;
import org.judang.engine.metrics.TruthFile;
import org.judang.engine.model.ObjectType;
import org.judang.engine.synth.FeatureEncoding;
import org.judang.engine.synth.GeneratedBatch;
import org.judang.engine.synth.GeneratorSettings;
import org.judang.engine.synth.SyntheticBatchGenerator;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** {@code judang bench import|cluster|export}: measured figures, one JSON object per line. */
@Command(name = "bench", description = "Benchmarks: generate data, run a stage, print figures as JSON lines.", mixinStandardHelpOptions = true,
        subcommands = {BenchCommand.Import.class, BenchCommand.Cluster.class, IncrementalBench.class, LibraryBench.class, BenchCommand.Serve.class,
                BenchCommand.Export.class})
final class BenchCommand implements Runnable {
    @Override
    public void run() {
        throw new UsageException("'bench' needs a subcommand: import, cluster, incremental, library, serve or export");
    }

    /** Settings shared by the benchmarks. */
    static final class Common {
        @Option(names = "--records", defaultValue = "20000", paramLabel = "N") int records;
        @Option(names = "--ids", paramLabel = "N", description = "Distinct persons (default: records/10).") Integer ids;
        @Option(names = "--dim", defaultValue = "256", paramLabel = "D") int dim;
        @Option(names = "--seed", defaultValue = "7") long seed;
        @Option(names = "--work", paramLabel = "DIR", description = "Working folder (default: a temporary one, deleted afterwards).") Path work;

        int ids() { return ids != null ? ids : Math.max(1, records / 10); }
    }

    @Command(name = "import", description = "Import throughput and peak heap for a generated batch.", mixinStandardHelpOptions = true)
    static final class Import implements Runnable {
        @picocli.CommandLine.Mixin Common common;
        @Option(names = "--encoding", defaultValue = "npy", description = "npy (sidecar) or inline (base64 in JSON).") String encoding;
        @Spec CommandSpec spec;

        @Override
        public void run() {
            FeatureEncoding enc = switch (encoding) {
                case "npy" -> FeatureEncoding.NPY_SIDECAR;
                case "inline" -> FeatureEncoding.INLINE_BASE64;
                default -> throw new UsageException("--encoding must be npy or inline");
            };
            PrintWriter out = spec.commandLine().getOut();
            withWork(common.work, work -> {
                GeneratedBatch b = generate(common, enc, work, out);
                ResourceMeter.resetPeaks();
                long t0 = System.nanoTime();
                ImportReport r;
                try (CaseSession s = Workstation.createCase(work.resolve("case"), "bench")) {
                    r = s.importBatch(b.captures(), ProgressListener.NONE, CancellationToken.none());
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                ObjectNode o = json("import");
                o.put("encoding", encoding);
                o.put("records", common.records);
                o.put("dim", common.dim);
                o.put("imported", r.totalImported());
                o.put("seconds", round(secs));
                o.put("records_per_s", Math.round(common.records / secs));
                o.put("batch_mb", round(sizeOf(b.captures()) / 1e6));
                o.put("peak_heap_mb", Math.round(ResourceMeter.peakHeapBytes() / 1e6));
                o.put("peak_live_heap_mb", Math.round(ResourceMeter.peakLiveHeapBytes() / 1e6));
                o.put("peak_rss_mb", Math.round(ResourceMeter.peakRssBytes() / 1e6));
                o.put("max_heap_mb", Math.round(Runtime.getRuntime().maxMemory() / 1e6));
                out.println(o);
            });
        }
    }

    @Command(name = "cluster", description = {"Generate, import, cluster and evaluate; optionally run the peer baseline",
            "(../shared/bench/peer_cluster.py) on the same faces and score both the same way."}, mixinStandardHelpOptions = true)
    static final class Cluster implements Runnable {
        @picocli.CommandLine.Mixin Common common;
        @Option(names = "--threshold", description = "Clustering threshold (default: the engine's default).") Double threshold;
        @Option(names = "--method", defaultValue = "infomap", description = "Graph clustering method (default ${DEFAULT-VALUE}).") String method;
        @Option(names = "--k", paramLabel = "K", description = "Neighbours per record (default: the engine's).") Integer k;
        @Option(names = "--exact-below", paramLabel = "N", description = "Exact kNN below this many records per space (default: the engine's).") Integer exactBelow;
        @Option(names = "--peer", paramLabel = "SCRIPT", description = "Path of peer_cluster.py to compare with (run by /usr/bin/python3).") Path peer;
        @Option(names = "--peer-method", defaultValue = "infomap") String peerMethod;
        @Option(names = "--peer-tau", defaultValue = "0.5") double peerTau;
        @Spec CommandSpec spec;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            withWork(common.work, work -> {
                GeneratedBatch b = generate(common, FeatureEncoding.NPY_SIDECAR, work, out);
                Map<String, String> truth = TruthFile.read(b.truth());
                try (CaseSession s = Workstation.createCase(work.resolve("case"), "bench")) {
                    long t0 = System.nanoTime();
                    s.importBatch(b.captures(), ProgressListener.NONE, CancellationToken.none());
                    double importS = (System.nanoTime() - t0) / 1e9;
                    ResourceMeter.resetPeaks();
                    ClusterOptions co = ClusterOptions.defaults().withThreshold(threshold).withMethod(method);
                    if (exactBelow != null) co = co.withExactBelow(exactBelow);
                    if (k != null) co = co.withK(k);
                    ArchivingSummary sum = s.cluster(co, ProgressListener.NONE, CancellationToken.none());
                    ObjectNode o = json("cluster");
                    o.put("records", common.records);
                    o.put("dim", common.dim);
                    o.put("import_s", round(importS));
                    o.put("method", method);
                    o.put("k", co.k());
                    o.put("cluster_s", round(sum.millis() / 1000.0));
                    o.put("cluster_records_per_s", Math.round(sum.recordsClustered() / (sum.millis() / 1000.0)));
                    o.put("archives", sum.archivesCreated());
                    o.put("peak_heap_mb", Math.round(ResourceMeter.peakHeapBytes() / 1e6));
                    o.put("peak_live_heap_mb", Math.round(ResourceMeter.peakLiveHeapBytes() / 1e6));
                    o.put("peak_rss_mb", Math.round(ResourceMeter.peakRssBytes() / 1e6));
                    o.put("vector_path", ResourceMeter.vectorPath());
                    for (ArchivingSummary.SpaceSummary sp : sum.spaces()) {
                        ObjectNode x = o.putObject(sp.space());
                        x.put("records", sp.records());
                        x.put("threshold", sp.threshold());
                        x.put("knn_s", round(sp.knnMillis() / 1000.0));
                        x.put("cluster_s", round(sp.clusterMillis() / 1000.0));
                    }
                    o.set("quality_face", readJson(s.evaluate(b.truth(), EnumSet.of(ObjectType.FACE)).toJson()));
                    o.set("quality_all_types", readJson(s.evaluate(b.truth(), EnumSet.noneOf(ObjectType.class)).toJson()));
                    out.println(o);
                    if (peer != null) out.println(runPeer(b, truth, work));
                }
            });
        }

        private ObjectNode runPeer(GeneratedBatch b, Map<String, String> truth, Path work) {
            Path npy = b.captures().resolve("features/face.npy"), ids = b.captures().resolve("features/face.ids");
            if (!Files.isRegularFile(npy) || !Files.isRegularFile(ids)) throw new UserException("no face sidecar in " + b.captures());
            Path tsv = work.resolve("peer.tsv");
            ProcessBuilder pb = new ProcessBuilder("/usr/bin/python3", peer.toString(), npy.toString(), ids.toString(), tsv.toString(),
                    "--method", peerMethod, "--tau", Double.toString(peerTau), "--index", "hnsw");
            pb.redirectErrorStream(true);
            try {
                Process p = pb.start();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (p.waitFor() != 0) throw new UserException("peer baseline failed: " + output);
                String last = output.lines().reduce((a, c) -> c).orElse("{}");
                ObjectNode o = json("peer");
                o.set("timings", readJson(last));
                Map<String, String> pred = new HashMap<>();
                for (String line : Files.readAllLines(tsv)) {
                    String[] f = line.split("\t");
                    if (f.length >= 2) pred.put(f[0], f[1]);
                }
                Map<String, String> faceTruth = new HashMap<>();
                try (Stream<String> lines = Files.lines(ids)) {
                    lines.map(String::trim).filter(truth::containsKey).forEach(id -> faceTruth.put(id, truth.get(id)));
                }
                o.set("quality_face", readJson(QualityMetrics.compute(faceTruth, pred).toJson()));
                return o;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot run the peer baseline: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserException("interrupted");
            }
        }
    }

    @Command(name = "serve", description = {"Generate, import and cluster a case, then run concurrent clients on the query paths of the local",
            "HTTP interface; median and 95th-percentile latency per path."}, mixinStandardHelpOptions = true)
    static final class Serve implements Runnable {
        @picocli.CommandLine.Mixin Common common;
        @Option(names = "--clients", defaultValue = "8", paramLabel = "N") int clients;
        @Option(names = "--requests", defaultValue = "480", paramLabel = "N", description = "Requests per client (default ${DEFAULT-VALUE}).") int requests;
        @Option(names = "--case", paramLabel = "DIR", description = "Measure an existing case (e.g. one 'bench cluster --work' made) instead of generating one.")
        Path existing;
        @Option(names = "--write-every", defaultValue = "0", paramLabel = "MS", description = {"While the clients run, change an archive's notes every MS milliseconds",
                "(a commit each, which drops what the server keeps between requests); 0 (default) for no changes. Writes to the case."})
        int writeEvery;
        @Spec CommandSpec spec;

        @Override
        public void run() {
            if (clients < 1 || requests < 1) throw new UsageException("--clients and --requests must be at least 1");
            if (writeEvery < 0) throw new UsageException("--write-every must be 0 or more milliseconds");
            PrintWriter out = spec.commandLine().getOut();
            if (existing != null) {
                if (!Files.isDirectory(existing)) throw new UserException("no case at " + existing);
                try (CaseSession s = Workstation.openCase(existing)) {
                    ObjectNode o = json("serve-case");
                    o.put("records", s.overview().records());
                    o.put("archives", s.overview().archives());
                    out.println(o);
                    out.flush();
                    new ServeBench(s, clients, requests, writeEvery).run(out);
                }
                return;
            }
            withWork(common.work, work -> {
                GeneratedBatch b = generate(common, FeatureEncoding.NPY_SIDECAR, work, out);
                try (CaseSession s = Workstation.createCase(work.resolve("case"), "bench")) {
                    long t0 = System.nanoTime();
                    s.importBatch(b.captures(), ProgressListener.NONE, CancellationToken.none());
                    ArchivingSummary sum = s.cluster(ClusterOptions.defaults(), ProgressListener.NONE, CancellationToken.none());
                    ObjectNode o = json("serve-case");
                    o.put("records", common.records);
                    o.put("archives", sum.archivesCreated());
                    o.put("import_and_cluster_s", round((System.nanoTime() - t0) / 1e9));
                    out.println(o);
                    out.flush();
                    new ServeBench(s, clients, requests, writeEvery).run(out);
                }
            });
        }
    }

    @Command(name = "export", description = {"Full export throughput and peak heap: a generated batch with crops is imported and clustered,",
            "then every archive is exported with its images as files (images/)."}, mixinStandardHelpOptions = true)
    static final class Export implements Runnable {
        @picocli.CommandLine.Mixin Common common;
        @Option(names = "--case", paramLabel = "DIR", description = {"Export an existing case (e.g. one 'bench export --work' made) instead of generating one;",
                "it is written to (a named export is recorded, an older format upgraded): give it a copy."})
        Path existing;
        @Spec CommandSpec spec;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            if (existing != null) {
                if (!Files.isDirectory(existing)) throw new UserException("no case at " + existing);
                withWork(common.work, work -> {
                    try (CaseSession s = Workstation.openCase(existing)) {
                        measure(s, work.resolve("export"), out);
                    }
                });
                return;
            }
            withWork(common.work, work -> {
                GeneratedBatch b = generate(common, FeatureEncoding.NPY_SIDECAR, true, work, out);
                try (CaseSession s = Workstation.createCase(work.resolve("case"), "bench")) {
                    s.importBatch(b.captures(), ProgressListener.NONE, CancellationToken.none());
                    s.cluster(ClusterOptions.defaults(), ProgressListener.NONE, CancellationToken.none());
                    measure(s, work.resolve("export"), out);
                }
            });
        }

        private static void measure(CaseSession s, Path target, PrintWriter out) {
            ResourceMeter.resetPeaks();
            long t0 = System.nanoTime();
            ExportSummary sum = s.export(target, new ExportOptions(ImageMode.FILES, false), ProgressListener.NONE, CancellationToken.none());
            double secs = (System.nanoTime() - t0) / 1e9;
            ObjectNode o = json("export");
            o.put("records", sum.records());
            o.put("archives", sum.archives() + sum.vehicleArchives());
            o.put("images", sum.images());
            o.put("seconds", round(secs));
            o.put("records_per_s", Math.round(sum.records() / secs));
            o.put("export_mb", round(sizeOf(target) / 1e6));
            o.put("peak_heap_mb", Math.round(ResourceMeter.peakHeapBytes() / 1e6));
            o.put("peak_live_heap_mb", Math.round(ResourceMeter.peakLiveHeapBytes() / 1e6));
            o.put("peak_rss_mb", Math.round(ResourceMeter.peakRssBytes() / 1e6));
            o.put("max_heap_mb", Math.round(Runtime.getRuntime().maxMemory() / 1e6));
            out.println(o);
        }
    }

    interface WorkBody { void run(Path work); }

    static void withWork(Path given, WorkBody body) {
        try {
            Path work = given != null ? Files.createDirectories(given) : Files.createTempDirectory("judang-bench");
            try {
                body.run(work);
            } finally {
                if (given == null) deleteTree(work);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GeneratedBatch generate(Common c, FeatureEncoding enc, Path work, PrintWriter out) {
        return generate(c, enc, false, work, out);
    }

    static GeneratedBatch generate(Common c, FeatureEncoding enc, boolean images, Path work, PrintWriter out) {
        GeneratorSettings s = GeneratorSettings.defaults().withIdentities(c.ids()).withRecords(c.records).withDimension(c.dim)
                .withSeed(c.seed).withVehicles(Math.max(1, c.ids() / 4)).withEncoding(enc).withImages(images);
        long t0 = System.nanoTime();
        GeneratedBatch b = new SyntheticBatchGenerator(s).write(work.resolve("data"));
        ObjectNode o = json("generate");
        o.put("records", c.records);
        o.put("seconds", round((System.nanoTime() - t0) / 1e9));
        out.println(o);
        return b;
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static ObjectNode json(String bench) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("bench", bench);
        o.put("java", Runtime.version().toString());
        o.put("cores", Runtime.getRuntime().availableProcessors());
        return o;
    }

    static JsonNode readJson(String s) {
        try {
            return MAPPER.readTree(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double round(double v) { return Math.round(v * 100) / 100.0; }

    static long sizeOf(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
