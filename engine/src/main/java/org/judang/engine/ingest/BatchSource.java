package org.judang.engine.ingest;

import org.judang.engine.model.FailurePhrase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files of a batch, wherever they are: a folder or a zip. Paths are relative to the batch root with {@code /}
 * separators; nothing outside the root is ever listed or opened.
 */
interface BatchSource extends AutoCloseable {

    /** A file of the batch and its size in bytes. */
    record Entry(String path, long size) {}

    /** A zip entry that was not read, and why. */
    record Refused(String name, String problem) {}

    /** A file on the local disk that can be read at random: the batch's own file, or a temporary copy of a zip entry. */
    record LocalFile(Path path, boolean temporary) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (temporary) Files.deleteIfExists(path);
        }
    }

    /**
     * Opens a folder or a zip.
     *
     * @throws BatchUnreadableException when {@code batch} is missing, neither a folder nor a zip, empty, or a zip bomb
     */
    static BatchSource open(Path batch, IngestLimits limits) {
        if (!Files.exists(batch)) {
            throw new BatchUnreadableException(FailurePhrase.BATCH_MISSING, batch);
        }
        return Files.isDirectory(batch) ? DirectoryBatchSource.open(batch) : ZipBatchSource.open(batch, limits);
    }

    /** macOS resource forks ({@code __MACOSX/}, {@code ._name}) that zips made on a Mac carry: not part of the batch. */
    static boolean isPlatformDebris(String path) {
        return path.startsWith("__MACOSX/") || path.contains("/._") || path.startsWith("._");
    }

    /** "folder …" or "zip …", for messages. */
    String describe();

    /** Every file inside the root, sorted by path. */
    List<Entry> entries();

    /** Zip entries not read because they would land outside the batch root. */
    List<Refused> refusedEntries();

    /** The file at a relative path, if the batch has it. */
    Optional<Entry> find(String relativePath);

    InputStream open(Entry entry) throws IOException;

    /** The entry as a local file for random access (a zip entry is copied under {@code tempDir}). */
    LocalFile localFile(Entry entry, Path tempDir) throws IOException;

    @Override
    void close();
}
