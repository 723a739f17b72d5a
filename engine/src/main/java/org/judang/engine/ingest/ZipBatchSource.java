package org.judang.engine.ingest;

import org.judang.engine.model.FailurePhrase;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A batch that is a zip, read with random access. Entries whose names would land outside the root are listed in
 * {@link #refusedEntries()} and never read. A zip that holds one folder and nothing beside it is a zipped batch folder:
 * that folder is the batch root, so {@code StoragePath}s resolve as they would in the folder.
 * <p>Zip bombs are refused: on opening, by the declared sizes; while reading, by any entry that inflates to more than
 * it declared.
 */
final class ZipBatchSource implements BatchSource {
    private final Path file;
    private final ZipFile zip;
    private final List<Entry> entries;
    private final Map<String, ZipEntry> byPath;
    private final List<Refused> refused;

    private ZipBatchSource(Path file, ZipFile zip, List<Entry> entries, Map<String, ZipEntry> byPath, List<Refused> refused) {
        this.file = file;
        this.zip = zip;
        this.entries = entries;
        this.byPath = byPath;
        this.refused = refused;
    }

    static ZipBatchSource open(Path file, IngestLimits limits) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new BatchUnreadableException(FailurePhrase.BATCH_NOT_FOLDER_OR_ZIP, e, file, e.getMessage());
        } catch (IOException e) {
            throw new BatchUnreadableException(file + " cannot be read: " + e.getMessage(), e);
        }
        try {
            return read(file, zip, limits);
        } catch (RuntimeException e) {
            closeQuietly(zip, e);
            throw e;
        }
    }

    private static ZipBatchSource read(Path file, ZipFile zip, IngestLimits limits) {
        long declared = 0, compressed = 0;
        List<Refused> refused = new ArrayList<>();
        Map<String, ZipEntry> files = new HashMap<>();
        for (ZipEntry e : Collections.list(zip.entries())) {
            declared += Math.max(0, e.getSize());
            compressed += Math.max(0, e.getCompressedSize());
            if (e.isDirectory()) continue;
            RelativePath rel = RelativePath.parse(e.getName());
            if (rel.refused()) {
                refused.add(new Refused(e.getName(), rel.problem()));
                continue;
            }
            if (!BatchSource.isPlatformDebris(rel.value())) files.putIfAbsent(rel.value(), e);
        }
        if (declared > limits.zipBombMinBytes() && declared > limits.zipBombRatio() * Math.max(1, compressed)) {
            throw new BatchUnreadableException("The zip " + file + " declares " + declared + " bytes unpacked from " + compressed
                    + " packed (more than " + limits.zipBombRatio() + " times): it looks like a zip bomb and was not read. "
                    + "Unpack it yourself if you trust it, and import the folder.");
        }
        if (files.isEmpty()) {
            throw new BatchUnreadableException("The zip " + file + " holds no files that can be read as a batch"
                    + (refused.isEmpty() ? "." : "; entries refused because they would land outside it: "
                    + refused.stream().map(Refused::name).collect(Collectors.joining(", ")) + "."));
        }
        String prefix = singleTopFolder(files.keySet());
        List<Entry> entries = new ArrayList<>();
        Map<String, ZipEntry> byPath = new HashMap<>();
        for (Map.Entry<String, ZipEntry> f : files.entrySet()) {
            String path = f.getKey().substring(prefix.length());
            entries.add(new Entry(path, f.getValue().getSize()));
            byPath.put(path, f.getValue());
        }
        entries.sort(Comparator.comparing(Entry::path));
        return new ZipBatchSource(file, zip, List.copyOf(entries), byPath, List.copyOf(refused));
    }

    /** {@code "name/"} when every file lies in one top folder, else {@code ""}. */
    private static String singleTopFolder(Iterable<String> paths) {
        String top = null;
        for (String p : paths) {
            int slash = p.indexOf('/');
            if (slash < 0) return "";
            String first = p.substring(0, slash + 1);
            if (top == null) top = first;
            else if (!top.equals(first)) return "";
        }
        return top == null ? "" : top;
    }

    @Override
    public String describe() {
        return "zip " + file;
    }

    @Override
    public List<Entry> entries() {
        return entries;
    }

    @Override
    public List<Refused> refusedEntries() {
        return refused;
    }

    @Override
    public Optional<Entry> find(String relativePath) {
        RelativePath rel = RelativePath.parse(relativePath);
        if (rel.refused()) return Optional.empty();
        ZipEntry e = byPath.get(rel.value());
        return e == null ? Optional.empty() : Optional.of(new Entry(rel.value(), e.getSize()));
    }

    @Override
    public InputStream open(Entry entry) throws IOException {
        ZipEntry e = byPath.get(entry.path());
        if (e == null) throw new IOException(entry.path() + " is not in " + file);
        return new DeclaredSizeStream(zip.getInputStream(e), e.getSize(), entry.path());
    }

    @Override
    public LocalFile localFile(Entry entry, Path tempDir) throws IOException {
        Files.createDirectories(tempDir);
        Path tmp = Files.createTempFile(tempDir, "batch-", "-" + Path.of(entry.path()).getFileName());
        try (InputStream in = open(entry)) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return new LocalFile(tmp, true);
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // the zip was only read; a failure to release it loses nothing
        }
    }

    private static void closeQuietly(ZipFile zip, RuntimeException cause) {
        try {
            zip.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /** Stops an entry that inflates past its declared size: the mark of a zip bomb or a forged directory. */
    private final class DeclaredSizeStream extends FilterInputStream {
        private final long declared;
        private final String name;
        private long read;

        DeclaredSizeStream(InputStream in, long declared, String name) {
            super(in);
            this.declared = declared;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count(s);
            return s;
        }

        private void count(long n) {
            read += n;
            if (declared >= 0 && read > declared) {
                throw new BatchUnreadableException("The zip " + file + " is damaged or a zip bomb: its entry " + name + " unpacks to more than the "
                        + declared + " bytes it declares. Nothing of the batch was imported; unpack it with a zip tool and check it.");
            }
        }
    }
}
