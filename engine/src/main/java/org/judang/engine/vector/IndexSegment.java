package org.judang.engine.vector;

import io.github.jbellis.jvector.disk.ReaderSupplier;
import io.github.jbellis.jvector.disk.ReaderSupplierFactory;
import io.github.jbellis.jvector.graph.GraphIndexBuilder;
import io.github.jbellis.jvector.graph.GraphSearcher;
import io.github.jbellis.jvector.graph.ImmutableGraphIndex;
import io.github.jbellis.jvector.graph.RandomAccessVectorValues;
import io.github.jbellis.jvector.graph.SearchResult;
import io.github.jbellis.jvector.graph.disk.OnDiskGraphIndex;
import io.github.jbellis.jvector.graph.similarity.BuildScoreProvider;
import io.github.jbellis.jvector.graph.similarity.DefaultSearchScoreProvider;
import io.github.jbellis.jvector.util.Bits;
import io.github.jbellis.jvector.vector.VectorSimilarityFunction;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.task.TaskPhrase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.LongPredicate;
import java.util.stream.IntStream;

/**
 * One jvector graph index on disk ({@link OnDiskGraphIndex}, vectors inline) over a contiguous range of a space's
 * ordinals. Scores are jvector's DOT_PRODUCT scores on normalised vectors, {@code (1 + cos) / 2}; searches
 * return cosines.
 */
final class IndexSegment implements AutoCloseable {
    /** Graph degree (M) and build beam width: jvector's usual settings for high recall. */
    static final int DEGREE = 32;
    static final int BEAM_WIDTH = 100;

    final long first;
    final int size;
    final Path file;
    private final ReaderSupplier readers;
    private final OnDiskGraphIndex index;
    private final ThreadLocal<GraphSearcher> searchers;
    private final ConcurrentLinkedQueue<GraphSearcher> opened = new ConcurrentLinkedQueue<>();

    private IndexSegment(long first, int size, Path file, ReaderSupplier readers, OnDiskGraphIndex index) {
        this.first = first;
        this.size = size;
        this.file = file;
        this.readers = readers;
        this.index = index;
        this.searchers = ThreadLocal.withInitial(() -> {
            GraphSearcher s = new GraphSearcher(index);
            opened.add(s);
            return s;
        });
    }

    static IndexSegment open(Path file, long first, int size) {
        try {
            ReaderSupplier rs = ReaderSupplierFactory.open(file);
            OnDiskGraphIndex idx = OnDiskGraphIndex.load(rs);
            if (idx.size(0) != size) {
                idx.close();
                rs.close();
                throw new VectorFileException(file + " indexes " + idx.size(0) + " vectors, its manifest says " + size + ".");
            }
            return new IndexSegment(first, size, file, rs, idx);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open vector index " + file + ": " + e.getMessage(), e);
        }
    }

    /** Builds the graph of ordinals {@code [first, first+size)} with the pool's threads and writes it to {@code file}. */
    static IndexSegment build(MappedVectors vectors, long first, int size, Path file, ForkJoinPool pool, ProgressListener progress,
                              CancellationToken cancel) {
        RandomAccessVectorValues ravv = WorkingVectors.of(vectors, first, size);
        BuildScoreProvider bsp = BuildScoreProvider.randomAccessScoreProvider(ravv, VectorSimilarityFunction.DOT_PRODUCT);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        progress.stage(TaskPhrase.INDEXING_VECTORS.with(size), size);
        try (GraphIndexBuilder builder = new GraphIndexBuilder(bsp, ravv.dimension(), DEGREE, BEAM_WIDTH, 1.2f, 1.2f, true, true, pool, pool)) {
            pool.submit(() -> IntStream.range(0, size).parallel().forEach(i -> {
                if (cancel.isCancelled()) return;
                builder.addGraphNode(i, ravv);
                progress.advance(1);
            })).get();
            cancel.throwIfCancelled();
            builder.cleanup();
            ImmutableGraphIndex graph = builder.getGraph();
            OnDiskGraphIndex.write(graph, ravv, tmp);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write vector index " + file + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel.cancel();
            cancel.throwIfCancelled();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Building the vector index failed: " + e.getCause(), e.getCause());
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a stray temp file is harmless; the next build replaces it
            }
        }
        return open(file, first, size);
    }

    /**
     * The {@code topK} nearest vectors to {@code query} among those {@code accept} lets through (by ordinal).
     *
     * @param beam    how many candidates the search keeps (at least topK): more is slower and more exact
     * @param scoring the segment's vectors to score with (node {@code i} is ordinal {@code first + i}), or null to read
     *                them from the index file
     */
    List<Neighbor> search(float[] query, int topK, int beam, LongPredicate accept, RandomAccessVectorValues scoring) {
        GraphSearcher searcher = searchers.get();
        RandomAccessVectorValues view = scoring != null ? scoring : (RandomAccessVectorValues) searcher.getView();
        DefaultSearchScoreProvider ssp = DefaultSearchScoreProvider.exact(MappedVectorValues.wrap(query), VectorSimilarityFunction.DOT_PRODUCT, view);
        Bits bits = accept == null ? Bits.ALL : node -> accept.test(first + node);
        SearchResult r = searcher.search(ssp, Math.min(topK, size), Math.max(topK, beam), 0f, 0f, bits);
        List<Neighbor> out = new ArrayList<>(r.getNodes().length);
        for (SearchResult.NodeScore ns : r.getNodes()) out.add(new Neighbor(first + ns.node, 2 * ns.score - 1));
        return out;
    }

    @Override
    public void close() {
        try {
            for (GraphSearcher s : opened) s.close();
            index.close();
            readers.close();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot close vector index " + file + ": " + e.getMessage(), e);
        }
    }
}
