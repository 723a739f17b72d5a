package org.judang.engine.ingest;

import org.judang.engine.model.FailurePhrase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A batch that is a folder. Symbolic links are followed only while they stay inside the folder. */
final class DirectoryBatchSource implements BatchSource {
    private final Path root;
    private final List<Entry> entries;

    private DirectoryBatchSource(Path root, List<Entry> entries) {
        this.root = root;
        this.entries = entries;
    }

    static DirectoryBatchSource open(Path folder) {
        try {
            Path root = folder.toRealPath();
            List<Entry> entries = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    if (!Files.isRegularFile(p) || !p.toRealPath().startsWith(root)) continue;
                    String rel = relative(root, p);
                    if (BatchSource.isPlatformDebris(rel)) continue;
                    entries.add(new Entry(rel, Files.size(p)));
                }
            }
            if (entries.isEmpty()) {
                throw new BatchUnreadableException(FailurePhrase.BATCH_FOLDER_EMPTY, folder);
            }
            entries.sort(Comparator.comparing(Entry::path));
            return new DirectoryBatchSource(root, List.copyOf(entries));
        } catch (IOException | UncheckedIOException e) {
            throw new BatchUnreadableException("The folder " + folder + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String relative(Path root, Path p) {
        StringBuilder sb = new StringBuilder();
        for (Path part : root.relativize(p)) {
            if (sb.length() > 0) sb.append('/');
            sb.append(part);
        }
        return sb.toString();
    }

    @Override
    public String describe() {
        return "folder " + root;
    }

    @Override
    public List<Entry> entries() {
        return entries;
    }

    @Override
    public List<Refused> refusedEntries() {
        return List.of();
    }

    @Override
    public Optional<Entry> find(String relativePath) {
        RelativePath rel = RelativePath.parse(relativePath);
        if (rel.refused()) return Optional.empty();
        Path p = root.resolve(rel.value());
        try {
            if (!Files.isRegularFile(p) || !p.toRealPath().startsWith(root)) return Optional.empty();
            return Optional.of(new Entry(rel.value(), Files.size(p)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public InputStream open(Entry entry) throws IOException {
        return Files.newInputStream(root.resolve(entry.path()));
    }

    @Override
    public LocalFile localFile(Entry entry, Path tempDir) {
        return new LocalFile(root.resolve(entry.path()), false);
    }

    @Override
    public void close() {
        // nothing held open
    }
}
