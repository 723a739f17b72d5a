package org.judang.engine.vector;

import io.github.jbellis.jvector.graph.RandomAccessVectorValues;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.LongPredicate;

/**
 * The approximate-search index of one feature space: jvector graph segments on disk, each over a contiguous range
 * of ordinals, described by a manifest ({@code space-N.index}, format version 1: a header line {@code JDIX 1 <dim>},
 * then one line {@code <first> <size> <file>} per segment). New vectors get a new segment rather than a rebuild;
 * the manifest is replaced atomically, so a crash mid-build leaves the previous index intact. A search asks every
 * segment, so after {@link #MAX_SEGMENTS} the next extension rebuilds every segment after the first (the case's first,
 * large clustering) together with the new vectors as one: many small batches folded in one after another cost a few
 * searches each, not one per batch.
 */
public final class SpaceIndex implements AutoCloseable {
    private static final String MAGIC = "JDIX";
    private static final int VERSION = 1;
    /** Segments an index may have before an extension merges those after the first. */
    static final int MAX_SEGMENTS = 8;

    private final Path folder;
    private final String name;
    private final int dimension;
    /** Replaced as a whole, never changed in place, so that searches run while a segment is added or merged. */
    private volatile List<IndexSegment> segments = List.of();
    /** Segments merged into a newer one: still open for searches that began before, closed and deleted at {@link #close()}. */
    private final List<IndexSegment> retired = new java.util.concurrent.CopyOnWriteArrayList<>();

    private SpaceIndex(Path folder, String name, int dimension) {
        this.folder = folder;
        this.name = name;
        this.dimension = dimension;
    }

    /** Opens the index of a space (empty if it has none yet) without rebuilding anything. */
    public static SpaceIndex open(Path folder, int spaceId, int dimension) {
        SpaceIndex idx = new SpaceIndex(folder, "space-" + spaceId, dimension);
        Path manifest = idx.manifest();
        if (!Files.isRegularFile(manifest)) return idx;
        try {
            List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
            String[] head = lines.isEmpty() ? new String[0] : lines.get(0).split(" ");
            if (head.length != 3 || !head[0].equals(MAGIC)) throw new VectorFileException(manifest + " is not a vector index manifest.");
            if (Integer.parseInt(head[1]) > VERSION) throw new VectorFileException(manifest + " has index format " + head[1] + "; this program reads up to " + VERSION + ".");
            if (Integer.parseInt(head[2]) != dimension) throw new VectorFileException(manifest + " indexes " + head[2] + "-d vectors, expected " + dimension + ".");
            List<IndexSegment> opened = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) continue;
                String[] f = line.split(" ");
                opened.add(IndexSegment.open(folder.resolve(f[2]), Long.parseLong(f[0]), Integer.parseInt(f[1])));
                idx.segments = List.copyOf(opened);
            }
            return idx;
        } catch (IOException e) {
            idx.close();
            throw new UncheckedIOException("Cannot read vector index " + manifest + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            idx.close();
            throw e;
        }
    }

    /** How many leading ordinals the index covers. */
    public long covered() {
        return segments.stream().mapToLong(s -> s.first + s.size).max().orElse(0);
    }

    public int segmentCount() { return segments.size(); }

    /** How many of the space's vectors the index does not cover yet. */
    public long uncovered(MappedVectors vectors) {
        return Math.max(0, vectors.count() - covered());
    }

    /**
     * Indexes the vectors not yet covered as one new segment; when the index already has {@link #MAX_SEGMENTS}, the
     * new segment takes in every segment after the first too. Not to be called by two threads at once.
     */
    public void extend(MappedVectors vectors, ForkJoinPool pool, ProgressListener progress, CancellationToken cancel) {
        List<IndexSegment> now = segments;
        long from = covered();
        long n = vectors.count() - from;
        if (n <= 0) return;
        if (n > Integer.MAX_VALUE) throw new IllegalArgumentException("segment too large: " + n);
        int keep = now.size();
        if (now.size() >= MAX_SEGMENTS && vectors.count() - now.get(1).first <= Integer.MAX_VALUE) {
            keep = 1;
            from = now.get(1).first;
        }
        int size = (int) (vectors.count() - from);
        // named by the range it covers, which no other segment of this index has had
        String file = name + ".seg" + keep + "-" + from + "-" + size + ".jvx";
        IndexSegment built = IndexSegment.build(vectors, from, size, folder.resolve(file), pool, progress, cancel);
        List<IndexSegment> next = new ArrayList<>(now.subList(0, keep));
        next.add(built);
        segments = List.copyOf(next);
        writeManifest();
        retired.addAll(now.subList(keep, now.size()));
    }

    /** The {@code k} nearest vectors (cosine) over every segment, optionally only those {@code accept} lets through. */
    public List<Neighbor> search(float[] query, int k, int beam, LongPredicate accept) {
        return search(segments, null, query, k, beam, accept);
    }

    /**
     * As {@link #search(float[], int, int, LongPredicate)}, scoring from {@code vectors} (the space's vector file, mapped)
     * instead of the copies in the index files: those are big-endian, and a search that visits thousands of nodes (a
     * search by image counting its matches) spent most of its time swapping their bytes.
     */
    public List<Neighbor> search(float[] query, int k, int beam, LongPredicate accept, MappedVectors vectors) {
        List<IndexSegment> now = segments;
        if (vectors.count() < now.stream().mapToLong(s -> s.first + s.size).max().orElse(0)) return search(now, null, query, k, beam, accept);
        List<RandomAccessVectorValues> scoring = new ArrayList<>();
        for (IndexSegment s : now) scoring.add(new MappedVectorValues(vectors, s.first, s.size));
        return search(now, scoring, query, k, beam, accept);
    }

    /**
     * Many searches in a row (a kNN pass over a space): the covered vectors are copied onto the heap once for the
     * pass when they fit {@link WorkingVectors}' budget, instead of being read from the index file at every step.
     * Whether they did is {@link Pass#onHeap()}. The pass sees the segments as they were when it began.
     */
    public Pass pass(MappedVectors vectors) {
        List<IndexSegment> now = segments;
        long covered = now.stream().mapToLong(s -> s.size).sum();
        if (!WorkingVectors.fits(covered, dimension) || vectors.count() < covered()) return new Pass(now, null);
        List<RandomAccessVectorValues> scoring = new ArrayList<>();
        for (IndexSegment s : now) scoring.add(WorkingVectors.of(vectors, s.first, s.size));
        return new Pass(now, scoring);
    }

    /** See {@link #pass(MappedVectors)}. */
    public static final class Pass {
        private final List<IndexSegment> segments;
        private final List<RandomAccessVectorValues> scoring;

        private Pass(List<IndexSegment> segments, List<RandomAccessVectorValues> scoring) {
            this.segments = segments;
            this.scoring = scoring;
        }

        /** Whether the pass scores from a copy on the heap (otherwise from the index files). */
        public boolean onHeap() { return scoring != null; }

        /** As {@link SpaceIndex#search}. */
        public List<Neighbor> search(float[] query, int k, int beam, LongPredicate accept) {
            return SpaceIndex.search(segments, scoring, query, k, beam, accept);
        }
    }

    private static List<Neighbor> search(List<IndexSegment> segments, List<RandomAccessVectorValues> scoring, float[] query, int k, int beam,
                                         LongPredicate accept) {
        if (segments.size() == 1) return segments.get(0).search(query, k, beam, accept, scoring == null ? null : scoring.get(0));
        List<Neighbor> all = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) all.addAll(segments.get(i).search(query, k, beam, accept, scoring == null ? null : scoring.get(i)));
        all.sort(Comparator.comparingDouble((Neighbor x) -> -x.similarity()).thenComparingLong(Neighbor::ordinal));
        return all.size() > k ? new ArrayList<>(all.subList(0, k)) : all;
    }

    private Path manifest() {
        return folder.resolve(name + ".index");
    }

    private void writeManifest() {
        StringBuilder sb = new StringBuilder(MAGIC + " " + VERSION + " " + dimension + "\n");
        for (IndexSegment s : segments) sb.append(s.first).append(' ').append(s.size).append(' ').append(s.file.getFileName()).append('\n');
        try {
            Path tmp = folder.resolve(name + ".index.tmp");
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            Files.move(tmp, manifest(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write vector index manifest " + manifest() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        for (IndexSegment s : segments) s.close();
        segments = List.of();
        for (IndexSegment s : retired) {
            s.close();
            try {
                Files.deleteIfExists(s.file);
            } catch (IOException ignored) {
                // another process may still have it open (Windows): a file the manifest does not name is never read
            }
        }
        retired.clear();
    }
}
