package org.judang.engine.ingest;

import org.judang.engine.model.ObjectType;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.task.TaskPhrase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bulk feature files a manifest names ({@code .npy} rows + {@code .ids} lines): which object ID has which row.
 * Rows are read from disk when a record asks for its feature, so the vectors are never all in memory. A zip's
 * {@code .npy} is first copied to the case's temporary folder, for random access.
 * <p>Each feature file that cannot be used is reported once, as an ERROR on that file; records that would have taken
 * their feature from it are then imported without one (and say so).
 */
final class SidecarFeatures implements AutoCloseable {
    static final String UNKNOWN = "unknown";

    /** A record's feature from a sidecar: the row exactly as stored, and where it came from. */
    record Row(String vendor, String algorithm, byte[] bytes, String origin) {}

    private record Slot(int file, int row) {}

    private static final class FeatureFile {
        final ObjectType type;
        final String vendor, algorithm, npyPath, idsPath;
        final NpyFile npy;
        final BatchSource.LocalFile local;
        final List<String> ids = new ArrayList<>();
        final BitSet used = new BitSet();

        FeatureFile(ObjectType type, String vendor, String algorithm, String npyPath, String idsPath, NpyFile npy, BatchSource.LocalFile local) {
            this.type = type;
            this.vendor = vendor;
            this.algorithm = algorithm;
            this.npyPath = npyPath;
            this.idsPath = idsPath;
            this.npy = npy;
            this.local = local;
        }
    }

    private final List<FeatureFile> files = new ArrayList<>();
    private final Map<ObjectType, Map<String, Slot>> byId = new EnumMap<>(ObjectType.class);

    private SidecarFeatures() {}

    static SidecarFeatures none() {
        return new SidecarFeatures();
    }

    static SidecarFeatures load(Manifest manifest, BatchSource source, Path tempDir, ReportBuilder report, ProgressListener progress) {
        SidecarFeatures s = new SidecarFeatures();
        try {
            for (Manifest.FeatureFileSpec spec : manifest.featureFiles()) s.add(spec, source, tempDir, report, progress);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    private void add(Manifest.FeatureFileSpec spec, BatchSource source, Path tempDir, ReportBuilder report, ProgressListener progress) {
        String entryName = "FeatureFiles entry " + spec.number() + " of " + Manifest.FILE;
        Optional<ObjectType> type = ObjectType.parse(spec.objectType());
        if (type.isEmpty()) {
            report.issue(ImportIssue.error(Manifest.FILE, null, null, entryName + " has ObjectType '" + spec.objectType() + "'; expected one of "
                    + Arrays.toString(ObjectType.values()) + ". Its features were not used."));
            return;
        }
        Optional<BatchSource.Entry> npyEntry = locate(spec.path(), "Path", entryName, source, report);
        Optional<BatchSource.Entry> idsEntry = locate(spec.ids(), "IDs", entryName, source, report);
        if (npyEntry.isEmpty() || idsEntry.isEmpty()) return;
        String npyPath = npyEntry.get().path(), idsPath = idsEntry.get().path();
        String vendor = spec.vendor(), algorithm = spec.algorithm();
        if (vendor == null || algorithm == null) {
            String missing = vendor == null && algorithm == null ? "Vendor or AlgorithmVersion" : vendor == null ? "Vendor" : "AlgorithmVersion";
            report.issue(ImportIssue.warning(Manifest.FILE, null, null, entryName + " has no " + missing
                    + "; its features are filed under '" + UNKNOWN + "' and compared only with others filed so."));
            if (vendor == null) vendor = UNKNOWN;
            if (algorithm == null) algorithm = UNKNOWN;
        }
        BatchSource.LocalFile local = null;
        NpyFile npy = null;
        try {
            progress.stage(TaskPhrase.READING_FILE.with(npyPath), npyEntry.get().size());
            local = source.localFile(npyEntry.get(), tempDir);
            npy = NpyFile.open(local.path());
        } catch (IOException e) {
            closeQuietly(npy, local);
            report.issue(ImportIssue.error(npyPath, null, null, npyPath + " cannot be used: " + e.getMessage()
                    + ". Records whose features it holds are imported without a feature."));
            return;
        }
        FeatureFile file = new FeatureFile(type.get(), vendor, algorithm, npyPath, idsPath, npy, local);
        long lines;
        try {
            progress.stage(TaskPhrase.READING_FILE.with(idsPath), idsEntry.get().size());
            lines = readIds(source, idsEntry.get(), npy.rows(), file.ids, progress);
        } catch (IOException e) {
            closeQuietly(npy, local);
            report.issue(ImportIssue.error(idsPath, null, null, idsPath + " cannot be read (" + e.getMessage()
                    + "). Records whose features " + npyPath + " holds are imported without a feature."));
            return;
        }
        if (lines != npy.rows()) {
            report.issue(ImportIssue.error(npyPath, null, null, idsPath + " names " + lines + " IDs but " + npyPath + " holds " + npy.rows()
                    + " rows; only the first " + Math.min(lines, npy.rows()) + " are used. Records beyond them are imported without a feature; "
                    + "export the feature files again so that line i of the .ids names row i of the .npy."));
        }
        int index = files.size();
        files.add(file);
        Map<String, Slot> slots = byId.computeIfAbsent(type.get(), t -> new HashMap<>());
        long repeated = 0;
        String firstRepeated = null;
        for (int row = 0; row < file.ids.size(); row++) {
            String id = file.ids.get(row);
            if (id.isEmpty()) continue;
            if (slots.putIfAbsent(id, new Slot(index, row)) != null) {
                file.used.set(row); // not an orphan: the ID's feature is taken from its first row
                if (repeated++ == 0) firstRepeated = id;
            }
        }
        if (repeated > 0) {
            report.issue(ImportIssue.warning(idsPath, null, null, repeated + " IDs in " + idsPath + " appear more than once (e.g. " + firstRepeated
                    + "); each ID's first row is used."));
        }
    }

    private static Optional<BatchSource.Entry> locate(String path, String field, String entryName, BatchSource source, ReportBuilder report) {
        if (path == null) {
            report.issue(ImportIssue.error(Manifest.FILE, null, null, entryName + " has no " + field + "; its features were not used."));
            return Optional.empty();
        }
        RelativePath rel = RelativePath.parse(path);
        if (rel.refused()) {
            report.issue(ImportIssue.error(Manifest.FILE, null, null, entryName + ": " + field + " '" + path + "' " + rel.problem()
                    + "; only files inside the batch are read. Its features were not used."));
            return Optional.empty();
        }
        Optional<BatchSource.Entry> e = source.find(rel.value());
        if (e.isEmpty()) {
            report.issue(ImportIssue.error(Manifest.FILE, null, null, entryName + ": " + field + " '" + path
                    + "' is not in the batch. Its features were not used."));
        }
        return e;
    }

    /** Reads up to {@code keep} IDs (one per line) and returns how many lines the file has. */
    private static long readIds(BatchSource source, BatchSource.Entry entry, long keep, List<String> ids, ProgressListener progress) throws IOException {
        try (InputStream in = Utf8Text.withoutByteOrderMark(new ProgressInputStream(source.open(entry), progress));
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            long lines = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (lines++ < keep) ids.add(line.trim());
            }
            return lines;
        }
    }

    /** The sidecar feature of an object, marking it as claimed by a message body (so it is no orphan). */
    Optional<Row> take(ObjectType type, String id) throws IOException {
        Map<String, Slot> slots = byId.get(type);
        Slot slot = slots == null ? null : slots.get(id);
        if (slot == null) return Optional.empty();
        FeatureFile f = files.get(slot.file());
        f.used.set(slot.row());
        return Optional.of(new Row(f.vendor, f.algorithm, f.npy.rowBytes(slot.row()), f.npyPath + " row " + (slot.row() + 1)));
    }

    /** Sidecar IDs no message body claimed: one WARNING per feature file, with the count and a few IDs. */
    void reportOrphans(ReportBuilder report) {
        for (FeatureFile f : files) {
            long count = 0;
            List<String> sample = new ArrayList<>();
            for (int row = f.used.nextClearBit(0); row < f.ids.size(); row = f.used.nextClearBit(row + 1)) {
                if (f.ids.get(row).isEmpty()) continue;
                count++;
                if (sample.size() < 5) sample.add(f.ids.get(row));
            }
            if (count == 0) continue;
            report.orphans(count, sample);
            report.issue(ImportIssue.warning(f.idsPath, null, null, count + " IDs in " + f.idsPath + " have no " + f.type.elementKey()
                    + " in any message body, so their features were not imported (e.g. " + String.join(", ", sample) + ")."));
        }
    }

    @Override
    public void close() {
        for (FeatureFile f : files) closeQuietly(f.npy, f.local);
        files.clear();
    }

    private static void closeQuietly(AutoCloseable... all) {
        for (AutoCloseable c : all) {
            try {
                if (c != null) c.close();
            } catch (Exception e) {
                // a temporary copy that cannot be closed or deleted now is swept with the case's tmp folder
            }
        }
    }
}
