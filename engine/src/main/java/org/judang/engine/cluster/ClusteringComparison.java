package org.judang.engine.cluster;

import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.vector.Vectors;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the graph clusterers on labelled data: builds the exact kNN graph once, runs every method over a range
 * of thresholds (plus the threshold {@link NeighborSimilarityCut} picks automatically) and prints one row per run
 * with pairwise and BCubed precision, recall and F1 and the clustering time (kNN time excluded, printed once).
 * <pre>
 * ClusteringComparison --synthetic 20000 [--dim 128] [--seed 1]
 * ClusteringComparison --npy features.npy --ids ids.txt --truth truth.tsv [--quality quality.txt]
 * ClusteringComparison --synthetic 20000 --export dir          (the same data for the peer baseline)
 * ClusteringComparison --synthetic 20000 --score clusters.tsv  (scores the peer baseline's output)
 * ClusteringComparison --fabricated 1000000 [--k 20] [--thresholds 0.45]   (timing and heap only)
 *   common: [--k 20] [--threads 2] [--knn-cache file] [--ignore-quality true] [--thresholds 0.30:0.60:0.05 | 0.4,0.45] [--methods infomap,leiden,...]
 * </pre>
 * Besides the public names, {@code --methods} accepts the variants measured while choosing the defaults
 * ({@link #variants()}).
 */
public final class ClusteringComparison {
    private ClusteringComparison() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> opt = options(args);
        if (opt.containsKey("fabricated")) {
            timeOnFabricatedGraph(opt);
            return;
        }
        int k = Integer.parseInt(opt.getOrDefault("k", "20"));
        int threads = Integer.parseInt(opt.getOrDefault("threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
        long seed = Long.parseLong(opt.getOrDefault("seed", "1"));
        Data data = opt.containsKey("synthetic") ? synthetic(Integer.parseInt(opt.get("synthetic")), Integer.parseInt(opt.getOrDefault("dim", "128")), seed)
                : fromFiles(Path.of(required(opt, "npy")), Path.of(required(opt, "ids")), Path.of(required(opt, "truth")),
                opt.containsKey("quality") ? Path.of(opt.get("quality")) : null);
        if (opt.containsKey("ignore-quality") && Boolean.parseBoolean(opt.get("ignore-quality"))) {
            data = new Data(data.source + ", quality withheld", data.n, data.dim, data.vectors, data.truth, null);
        }
        System.out.printf(Locale.ROOT, "%s: %d captures, d=%d, %d identities (%d seen once), %d poor captures%n",
                data.source, data.n, data.dim, identities(data.truth), seenOnce(data.truth), poor(data.quality));
        if (opt.containsKey("export")) {
            export(data, Path.of(opt.get("export")));
            return;
        }
        if (opt.containsKey("score")) {
            scoreExternal(data, Path.of(opt.get("score")));
            return;
        }

        long t0 = System.nanoTime();
        Path cache = opt.containsKey("knn-cache") ? Path.of(opt.get("knn-cache")) : null;
        KnnGraph knn;
        if (cache != null && Files.exists(cache)) {
            knn = KnnCache.read(cache, data.n, k);
            System.out.printf(Locale.ROOT, "kNN graph read from %s%n", cache);
        } else {
            knn = ExactKnn.build(data.vectors, data.n, data.dim, k, threads, ProgressListener.NONE, CancellationToken.none());
            System.out.printf(Locale.ROOT, "exact kNN, k=%d: %.1f s%n", k, seconds(t0));
            if (cache != null) KnnCache.write(cache, knn);
        }
        double auto = NeighborSimilarityCut.estimate(knn);
        System.out.printf(Locale.ROOT, "automatic threshold (Otsu cut of the neighbour similarities): %.3f%n", auto);

        List<Double> thresholds = thresholds(opt.getOrDefault("thresholds", "0.30:0.60:0.05"));
        List<String> methods = List.of(opt.getOrDefault("methods", String.join(",", GraphClusterers.names())).split(","));
        Map<String, Supplier<GraphClusterer>> variants = variants();
        System.out.printf(Locale.ROOT, "%-22s %6s %8s %6s %6s %6s %6s %6s %6s %8s%n",
                "method", "thresh", "clusters", "pairP", "pairR", "pairF", "bcP", "bcR", "bcF", "seconds");
        for (String method : methods) {
            Supplier<GraphClusterer> make = variants.get(method);
            if (make == null) throw new IllegalArgumentException("unknown method " + method + "; known: " + variants.keySet());
            List<Double> runs = new ArrayList<>(thresholds);
            runs.add(auto);
            for (double threshold : runs) {
                GraphClusterer clusterer = make.get();
                long t1 = System.nanoTime();
                int[] labels = clusterer.cluster(knn, new ClusteringInput(threshold, data.quality, seed), ProgressListener.NONE, CancellationToken.none());
                double s = seconds(t1);
                ClusteringScore score = ClusteringScore.of(data.truth, labels);
                System.out.printf(Locale.ROOT, "%-22s %6s %8d %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %8.2f%n", method,
                        threshold == auto && !thresholds.contains(auto) ? String.format(Locale.ROOT, "a%.3f", auto) : String.format(Locale.ROOT, "%.3f", threshold),
                        ClusterLabels.count(labels), score.pairwisePrecision(), score.pairwiseRecall(), score.pairwiseF(),
                        score.bcubedPrecision(), score.bcubedRecall(), score.bcubedF(), s);
            }
        }
    }

    /**
     * Times each method on a fabricated neighbour graph ({@link SyntheticCaptures#fabricate}) of the given size, with
     * the heap in use after each run, to check the targets of a million captures on a laptop.
     */
    private static void timeOnFabricatedGraph(Map<String, String> opt) {
        int n = Integer.parseInt(opt.get("fabricated"));
        int k = Integer.parseInt(opt.getOrDefault("k", "20"));
        double threshold = Double.parseDouble(opt.getOrDefault("thresholds", "0.45"));
        long t0 = System.nanoTime();
        SyntheticCaptures.LabelledGraph g = new SyntheticCaptures(128).fabricate(n, k, 1);
        System.out.printf(Locale.ROOT, "fabricated kNN graph: %d nodes, k=%d, %.1f s; threshold %.2f%n", n, k, seconds(t0), threshold);
        List<String> methods = List.of(opt.getOrDefault("methods", String.join(",", GraphClusterers.names())).split(","));
        Map<String, Supplier<GraphClusterer>> variants = variants();
        System.out.printf(Locale.ROOT, "%-22s %8s %6s %8s %10s%n", "method", "clusters", "bcF", "seconds", "peak MB");
        for (String method : methods) {
            System.gc();
            MemoryWatch watch = new MemoryWatch();
            long t1 = System.nanoTime();
            int[] labels = variants.get(method).get().cluster(g.knn(), new ClusteringInput(threshold, g.quality(), 1), ProgressListener.NONE, CancellationToken.none());
            double s = seconds(t1);
            long peak = watch.stop();
            System.out.printf(Locale.ROOT, "%-22s %8d %6.3f %8.2f %10d%n", method, ClusterLabels.count(labels),
                    ClusteringScore.of(g.identity(), labels).bcubedF(), s, peak >> 20);
        }
    }

    /**
     * The heap's peak use during a run, from the JVM's per-pool peak counters (reset at the start). The sum of the
     * pools' peaks can exceed the true simultaneous peak a little; it is an upper estimate, enough to compare.
     */
    private static final class MemoryWatch {
        MemoryWatch() {
            for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP) pool.resetPeakUsage();
            }
        }

        long stop() {
            long peak = 0;
            for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
            }
            return peak;
        }
    }

    /**
     * Writes the data set as the peer baseline reads it: {@code features.npy} (float32, C order), {@code ids.txt},
     * {@code truth.tsv} (id, identity) and {@code quality.txt}, so that both sides cluster the very same vectors.
     */
    private static void export(Data data, Path dir) throws IOException {
        Files.createDirectories(dir);
        String header = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + data.n + ", " + data.dim + "), }";
        int total = 10 + header.length() + 1;
        header = header + " ".repeat((64 - total % 64) % 64) + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + header.length() + data.vectors.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0).putShort((short) header.length());
        b.put(header.getBytes(StandardCharsets.US_ASCII));
        b.asFloatBuffer().put(data.vectors);
        Files.write(dir.resolve("features.npy"), b.array());
        StringBuilder ids = new StringBuilder(), truth = new StringBuilder(), quality = new StringBuilder();
        for (int i = 0; i < data.n; i++) {
            ids.append('c').append(i).append('\n');
            truth.append('c').append(i).append('\t').append(data.truth[i]).append('\n');
            if (data.quality != null) quality.append(data.quality[i]).append('\n');
        }
        Files.writeString(dir.resolve("ids.txt"), ids);
        Files.writeString(dir.resolve("truth.tsv"), truth);
        if (data.quality != null) Files.writeString(dir.resolve("quality.txt"), quality);
        System.out.println("wrote " + dir.resolve("features.npy") + ", ids.txt, truth.tsv" + (data.quality != null ? ", quality.txt" : ""));
    }

    /** Scores a clustering made elsewhere (id TAB cluster per line, ids as in {@link #export}) against the truth. */
    private static void scoreExternal(Data data, Path clusters) throws IOException {
        int[] labels = new int[data.n];
        java.util.Arrays.fill(labels, -1);
        Map<String, Integer> clusterIds = new HashMap<>();
        for (String line : Files.readAllLines(clusters, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            String[] f = line.split("\t");
            int row = Integer.parseInt(f[0].strip().substring(1));
            labels[row] = clusterIds.computeIfAbsent(f[1].strip(), x -> clusterIds.size());
        }
        int next = clusterIds.size();
        for (int i = 0; i < data.n; i++) if (labels[i] < 0) labels[i] = next++;
        ClusteringScore score = ClusteringScore.of(data.truth, labels);
        System.out.printf(Locale.ROOT, "%s: %d clusters, pairwise P/R/F %.3f %.3f %.3f, BCubed P/R/F %.3f %.3f %.3f%n", clusters, next,
                score.pairwisePrecision(), score.pairwiseRecall(), score.pairwiseF(), score.bcubedPrecision(), score.bcubedRecall(), score.bcubedF());
    }

    /** The public clusterers and the variants measured against them. */
    static Map<String, Supplier<GraphClusterer>> variants() {
        Map<String, Supplier<GraphClusterer>> m = new LinkedHashMap<>();
        for (String name : GraphClusterers.names()) m.put(name, () -> GraphClusterers.byName(name));
        m.put("infomap-1trial", () -> new InfomapClusterer(1, true));
        m.put("infomap-unguarded", () -> new InfomapClusterer(InfomapClusterer.DEFAULT_TRIALS, false));
        for (double f : new double[]{0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1}) {
            m.put("leiden-cpm" + f, () -> new LeidenClusterer(LeidenClusterer.Quality.CPM, f));
        }
        m.put("leiden-modularity", () -> new LeidenClusterer(LeidenClusterer.Quality.MODULARITY, 1));
        for (SharedNeighborClusterer.Finish f : SharedNeighborClusterer.Finish.values()) {
            for (SharedNeighborClusterer.Cut c : SharedNeighborClusterer.Cut.values()) {
                for (boolean w : new boolean[]{false, true}) {
                    m.put("snn-" + f.name().toLowerCase(Locale.ROOT) + "-" + c.name().toLowerCase(Locale.ROOT) + (w ? "-ow" : ""),
                            () -> new SharedNeighborClusterer(f, c, w));
                }
            }
        }
        m.put("components-unguarded", () -> new ComponentsClusterer(false, 0));
        m.put("components-mutual", () -> new ComponentsClusterer(true, 0));
        m.put("components-top3", () -> new ComponentsClusterer(true, 3));
        return m;
    }

    private record Data(String source, int n, int dim, float[] vectors, int[] truth, float[] quality) {}

    private static Data synthetic(int n, int dim, long seed) {
        SyntheticCaptures.LabelledSet s = new SyntheticCaptures(dim).generate(n, seed);
        return new Data("synthetic (seed " + seed + ")", n, dim, s.vectors(), s.identity(), s.quality());
    }

    private static Data fromFiles(Path npy, Path ids, Path truth, Path quality) throws IOException {
        Matrix m = Matrix.read(npy);
        List<String> idList = Files.readAllLines(ids, StandardCharsets.UTF_8).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (idList.size() != m.rows) throw new IllegalArgumentException(ids + " has " + idList.size() + " ids but " + npy + " has " + m.rows + " rows");
        Map<String, Integer> labelOf = new HashMap<>();
        Map<String, Integer> labelIds = new HashMap<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(truth, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) continue;
            String[] f = line.split("\t");
            if (f.length < 2) throw new IllegalArgumentException(truth + " line " + lineNo + ": expected id<TAB>label");
            labelOf.put(f[0].strip(), labelIds.computeIfAbsent(f[1].strip(), x -> labelIds.size()));
        }
        int[] labels = new int[m.rows];
        int next = labelIds.size(), missing = 0;
        for (int i = 0; i < m.rows; i++) {
            Integer l = labelOf.get(idList.get(i));
            if (l == null) missing++;
            labels[i] = l != null ? l : next++; // unlabelled captures count as people seen once
        }
        if (missing > 0) System.out.println(missing + " ids have no label in " + truth + "; each is scored as its own identity");
        float[] q = null;
        if (quality != null) {
            List<String> lines = Files.readAllLines(quality, StandardCharsets.UTF_8).stream().filter(s -> !s.isBlank()).toList();
            if (lines.size() != m.rows) throw new IllegalArgumentException(quality + " has " + lines.size() + " values for " + m.rows + " rows");
            q = new float[m.rows];
            for (int i = 0; i < m.rows; i++) q[i] = Float.parseFloat(lines.get(i).strip());
        }
        float[] row = new float[m.cols];
        for (int i = 0; i < m.rows; i++) {
            System.arraycopy(m.values, i * m.cols, row, 0, m.cols);
            Vectors.normalize(row);
            System.arraycopy(row, 0, m.values, i * m.cols, m.cols);
        }
        return new Data(npy.toString(), m.rows, m.cols, m.values, labels, q);
    }

    /**
     * The kNN graph of a data set saved between runs of the harness, which otherwise spends most of its time on the
     * exact search: "JKNN1", n and k as little-endian ints, then the neighbour and similarity arrays. The file does
     * not identify the data; the caller names the file after them.
     */
    private static final class KnnCache {
        private static final byte[] MAGIC = "JKNN1".getBytes(StandardCharsets.US_ASCII);

        static void write(Path file, KnnGraph g) throws IOException {
            int entries = g.size() * g.k();
            ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 8 + entries * 8).order(ByteOrder.LITTLE_ENDIAN);
            b.put(MAGIC).putInt(g.size()).putInt(g.k());
            b.asIntBuffer().put(g.neighbors());
            b.position(b.position() + entries * 4);
            b.asFloatBuffer().put(g.similarities());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, b.array());
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }

        static KnnGraph read(Path file, int n, int k) throws IOException {
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
            byte[] magic = new byte[MAGIC.length];
            b.get(magic);
            int size = b.getInt(), kk = b.getInt();
            if (!java.util.Arrays.equals(magic, MAGIC) || size != n || kk != Math.min(k, n - 1)) {
                throw new IOException(file + " holds a kNN graph of " + size + " nodes and k=" + kk + ", not " + n + " and k=" + k + "; delete it or name another file");
            }
            int[] nb = new int[size * kk];
            float[] sim = new float[size * kk];
            b.asIntBuffer().get(nb);
            b.position(b.position() + nb.length * 4);
            b.asFloatBuffer().get(sim);
            return new KnnGraph(size, kk, nb, sim);
        }
    }

    /** A float32 C-order 2-d array from a NumPy {@code .npy} file (format versions 1–3). */
    private record Matrix(int rows, int cols, float[] values) {
        private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\((\\d+),\\s*(\\d+)\\s*,?\\)");

        static Matrix read(Path file) throws IOException {
            try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 20))) {
                byte[] magic = in.readNBytes(6);
                if (magic.length < 6 || (magic[0] & 0xff) != 0x93 || !new String(magic, 1, 5, StandardCharsets.US_ASCII).equals("NUMPY")) {
                    throw new IOException(file + " is not a .npy file");
                }
                int major = in.readUnsignedByte();
                in.readUnsignedByte();
                byte[] lenBytes = in.readNBytes(major == 1 ? 2 : 4);
                ByteBuffer lb = ByteBuffer.wrap(lenBytes).order(ByteOrder.LITTLE_ENDIAN);
                int headerLength = major == 1 ? lb.getShort() & 0xffff : lb.getInt();
                String header = new String(in.readNBytes(headerLength), StandardCharsets.ISO_8859_1);
                if (!header.contains("'descr': '<f4'")) throw new IOException(file + ": only little-endian float32 is supported, header " + header.strip());
                if (header.contains("'fortran_order': True")) throw new IOException(file + ": Fortran order is not supported; save with C order");
                Matcher s = SHAPE.matcher(header);
                if (!s.find()) throw new IOException(file + ": expected a 2-d shape in header " + header.strip());
                int rows = Integer.parseInt(s.group(1)), cols = Integer.parseInt(s.group(2));
                float[] values = new float[Math.multiplyExact(rows, cols)];
                byte[] buffer = new byte[cols * 4 * 256];
                ByteBuffer bb = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
                for (int r = 0; r < rows; r += 256) {
                    int take = Math.min(256, rows - r) * cols;
                    in.readFully(buffer, 0, take * 4);
                    bb.clear();
                    bb.asFloatBuffer().get(values, r * cols, take);
                }
                return new Matrix(rows, cols, values);
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            m.put(args[i].substring(2), args[++i]);
        }
        return m;
    }

    private static String required(Map<String, String> opt, String name) {
        String v = opt.get(name);
        if (v == null) throw new IllegalArgumentException("--" + name + " is required (or use --synthetic N)");
        return v;
    }

    private static List<Double> thresholds(String spec) {
        List<Double> out = new ArrayList<>();
        if (spec.contains(":")) {
            String[] p = spec.split(":");
            double from = Double.parseDouble(p[0]), to = Double.parseDouble(p[1]), step = Double.parseDouble(p[2]);
            for (int i = 0; from + i * step <= to + 1e-9; i++) out.add(Math.round((from + i * step) * 1000) / 1000.0);
        } else {
            for (String s : spec.split(",")) out.add(Double.parseDouble(s));
        }
        return out;
    }

    private static int identities(int[] truth) {
        return (int) java.util.Arrays.stream(truth).distinct().count();
    }

    private static int seenOnce(int[] truth) {
        int[] sizes = SyntheticCaptures.identitySizes(truth);
        int c = 0;
        for (int s : sizes) if (s == 1) c++;
        return c;
    }

    private static int poor(float[] quality) {
        if (quality == null) return 0;
        int c = 0;
        for (float q : quality) if (q < ChainingGuard.LOW_QUALITY) c++;
        return c;
    }

    private static double seconds(long since) { return (System.nanoTime() - since) / 1e9; }
}
