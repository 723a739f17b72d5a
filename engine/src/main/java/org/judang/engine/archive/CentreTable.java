package org.judang.engine.archive;

import org.judang.engine.store.Archives;
import org.judang.engine.vector.RowDots;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every archive centre of one feature space in memory, compared one by one (what a search by image and small cases
 * compare with). Immutable: a base of rows, read in archive-ID order, and, once brought up to date with the case's log
 * of centres written ({@link #refreshed}), the base rows since replaced or deleted marked gone and the centres written
 * since held beside the base. Bringing 100,000 centres up to date after a correction then reads the few that changed
 * and copies a bit set, not 100 MB.
 */
final class CentreTable {
    private final int dimension;
    private final String[] ids;
    private final float[] matrix;
    private final RowDots dots;
    /** Whether {@link #ids} are in ascending order (as read), so a row is found by binary search. */
    private final boolean sorted;
    /** Base rows replaced or deleted since the base was read; null when none. */
    private final BitSet gone;
    /** Centres written since the base was read; null when none. */
    private final String[] addedIds;
    private final float[] added;
    private final RowDots addedDots;
    /** The entry of the case's centre log the table reflects; -1 when it was not read from the case. */
    private final long log;

    private CentreTable(int dimension, String[] ids, float[] matrix, boolean sorted, BitSet gone, String[] addedIds, float[] added, long log) {
        this.dimension = dimension;
        this.ids = ids;
        this.matrix = matrix;
        this.dots = new RowDots(matrix, dimension);
        this.sorted = sorted;
        this.gone = gone;
        this.addedIds = addedIds;
        this.added = added;
        this.addedDots = added == null ? null : new RowDots(added, dimension);
        this.log = log;
    }

    /** Every centre of the space as the case holds it now. */
    static CentreTable read(Connection c, int spaceId, int dimension) throws SQLException {
        long log = Archives.centreLogEnd(c);
        long count = Archives.centerCount(c, spaceId);
        if (count * dimension > Integer.MAX_VALUE) throw new IllegalStateException(count + " archive centres of " + dimension + " floats do not fit one matrix");
        String[] ids = new String[(int) count];
        float[] matrix = new float[(int) count * dimension];
        int[] n = {0};
        Archives.centersInSpace(c, spaceId, (id, bytes) -> {
            if (n[0] < ids.length) put(id, bytes, dimension, ids, matrix, n[0]++);
        });
        if (n[0] < ids.length) return base(dimension, Arrays.copyOf(ids, n[0]), Arrays.copyOf(matrix, n[0] * dimension), log);
        return base(dimension, ids, matrix, log);
    }

    /** The given centres (archive ID to vector bytes) only; such a table is not brought up to date. */
    static CentreTable of(Map<String, byte[]> centres, int dimension) {
        String[] ids = new String[centres.size()];
        float[] matrix = new float[centres.size() * dimension];
        int i = 0;
        for (Map.Entry<String, byte[]> e : centres.entrySet()) put(e.getKey(), e.getValue(), dimension, ids, matrix, i++);
        return base(dimension, ids, matrix, -1);
    }

    private static CentreTable base(int dimension, String[] ids, float[] matrix, long log) {
        boolean ascending = true;
        for (int i = 1; i < ids.length && ascending; i++) ascending = ids[i - 1].compareTo(ids[i]) < 0;
        return new CentreTable(dimension, ids, matrix, ascending, null, null, null, log);
    }

    /**
     * The table with the centres of the space written since it was read: itself when none were; null when it cannot
     * say (not read from the case, the log no longer reaching back to it) or when more than {@code limit} centres
     * would be held beside the base: then read it again.
     */
    CentreTable refreshed(Connection c, int spaceId, int limit) throws SQLException {
        if (log < 0 || !sorted) return null;
        long end = Archives.centreLogEnd(c);
        if (end == log) return this;
        Set<String> written = Archives.centresWrittenSince(c, spaceId, log, limit);
        if (written == null) return null;
        if (written.isEmpty()) return new CentreTable(dimension, ids, matrix, true, gone, addedIds, added, end);
        Map<String, byte[]> now = Archives.centersOf(c, spaceId, written);
        BitSet nextGone = gone == null ? new BitSet(ids.length) : (BitSet) gone.clone();
        for (String id : written) {
            int row = Arrays.binarySearch(ids, id);
            if (row >= 0) nextGone.set(row);
        }
        List<Integer> keep = new ArrayList<>();
        if (addedIds != null) for (int i = 0; i < addedIds.length; i++) if (!written.contains(addedIds[i])) keep.add(i);
        int size = keep.size() + now.size();
        if (size > limit) return null;
        String[] nextIds = new String[size];
        float[] next = new float[size * dimension];
        int row = 0;
        for (int i : keep) {
            nextIds[row] = addedIds[i];
            System.arraycopy(added, i * dimension, next, row * dimension, dimension);
            row++;
        }
        for (Map.Entry<String, byte[]> e : now.entrySet()) put(e.getKey(), e.getValue(), dimension, nextIds, next, row++);
        return new CentreTable(dimension, ids, matrix, true, nextGone, size == 0 ? null : nextIds, size == 0 ? null : next, end);
    }

    /** One centre at or above the minimum. */
    @FunctionalInterface
    interface Hit {
        void accept(String archiveId, float similarity);
    }

    /** Calls {@code hit} for every centre whose dot product with {@code unit} is at least {@code min}. */
    void above(float[] unit, double min, Hit hit) {
        float below = (float) min > min ? Math.nextDown((float) min) : (float) min;
        dots.above(unit, below, (row, s) -> {
            if (s >= min && (gone == null || !gone.get(row))) hit.accept(ids[row], s);
        });
        if (addedDots != null) addedDots.above(unit, below, (row, s) -> {
            if (s >= min) hit.accept(addedIds[row], s);
        });
    }

    /** Whether nothing was written since the base was read, so that {@link #baseIds()} and {@link #baseMatrix()} are all. */
    boolean plain() {
        return gone == null && addedIds == null;
    }

    String[] baseIds() {
        return ids;
    }

    float[] baseMatrix() {
        return matrix;
    }

    /** The archive IDs of the centres held, the base's first, in its order. */
    List<String> ids() {
        List<String> out = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) if (gone == null || !gone.get(i)) out.add(ids[i]);
        if (addedIds != null) out.addAll(List.of(addedIds));
        return out;
    }

    int size() {
        return ids.length - (gone == null ? 0 : gone.cardinality()) + (addedIds == null ? 0 : addedIds.length);
    }

    private static void put(String id, byte[] bytes, int d, String[] ids, float[] matrix, int row) {
        if (bytes.length != d * 4) throw new IllegalStateException("The centre of archive " + id + " has " + bytes.length + " bytes, not " + d * 4 + ".");
        ids[row] = id;
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(matrix, row * d, d);
    }
}
