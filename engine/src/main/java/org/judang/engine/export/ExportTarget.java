package org.judang.engine.export;

import org.judang.engine.model.FailurePhrase;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.task.TaskPhrase;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Where an export is written: a hidden working folder beside the target, renamed (or zipped and renamed) into place
 * only when complete, so that the target never holds half an export.
 */
final class ExportTarget {
    private final Path target;
    private final boolean zip;
    private final Path work;
    private Path partialZip;

    private ExportTarget(Path target, boolean zip, Path work) {
        this.target = target;
        this.zip = zip;
        this.work = work;
    }

    /** Checks the target and makes the working folder; refuses to overwrite anything. */
    static ExportTarget prepare(Path out, boolean zip) {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) throw new ExportException(FailurePhrase.EXPORT_NOT_IN_FOLDER, target);
        if (zip) {
            if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                throw new ExportException(FailurePhrase.EXPORT_ZIP_NAME, target);
            }
            if (Files.exists(target)) {
                throw new ExportException(FailurePhrase.EXPORT_FILE_EXISTS, target);
            }
        } else if (Files.exists(target)) {
            if (!Files.isDirectory(target)) {
                throw new ExportException(FailurePhrase.EXPORT_TARGET_IS_FILE, target);
            }
            if (!isEmptyFolder(target)) {
                throw new ExportException(FailurePhrase.EXPORT_FOLDER_NOT_EMPTY, target);
            }
        }
        try {
            Files.createDirectories(parent);
            return new ExportTarget(target, zip, createUnique(parent, "." + target.getFileName() + ".partial-", true));
        } catch (IOException e) {
            throw new ExportException(FailurePhrase.EXPORT_NOT_WRITABLE, e, parent, e.getMessage());
        }
    }

    /** Where the finished export goes. */
    Path target() { return target; }

    /** The working folder the export files are written into. */
    Path work() { return work; }

    /** Puts the finished export in place and returns where it is. */
    Path commit(ProgressListener progress, CancellationToken cancel) throws IOException {
        if (zip) {
            partialZip = createUnique(target.getParent(), "." + target.getFileName() + ".partial-", false);
            zipWork(partialZip, progress, cancel);
            if (Files.exists(target)) {
                throw new ExportException("Cannot export to " + target + ": a file of that name appeared while the export ran. Choose a new file name.");
            }
            moveIntoPlace(partialZip, target);
            discard(); // the zip is in place: a working folder that will not go away must not fail the export
        } else {
            if (Files.isDirectory(target)) Files.delete(target); // checked empty in prepare; an empty folder is replaced
            moveIntoPlace(work, target);
        }
        return target;
    }

    /** Removes the working files; before {@link #commit} succeeds, the target is then as it was before the export. */
    void discard() {
        try {
            deleteTree(work);
            if (partialZip != null) Files.deleteIfExists(partialZip);
        } catch (IOException | UncheckedIOException e) {
            // Called when the export failed (its own message matters more) or after it succeeded: a hidden leftover is harmless.
        }
    }

    private void zipWork(Path zipFile, ProgressListener progress, CancellationToken cancel) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(work)) {
            files = s.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> entryName(work.relativize(p)))).toList();
        }
        progress.stage(TaskPhrase.COMPRESSING.with(target.getFileName()), files.size());
        try (OutputStream os = Files.newOutputStream(zipFile); ZipOutputStream zos = new ZipOutputStream(os)) {
            for (Path file : files) {
                cancel.throwIfCancelled();
                zos.putNextEntry(new ZipEntry(entryName(work.relativize(file))));
                Files.copy(file, zos);
                zos.closeEntry();
                progress.advance(1);
            }
        }
    }

    private static String entryName(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }

    private static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * A new hidden folder or file beside the target. Not a JDK temp file: those are private to their owner, and the
     * export is moved into place with the permissions it was made with.
     */
    private static Path createUnique(Path parent, String prefix, boolean directory) throws IOException {
        for (int n = 1; ; n++) {
            Path candidate = parent.resolve(prefix + n);
            try {
                return directory ? Files.createDirectory(candidate) : Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                // an earlier export (or one running now) holds this name; take the next
            }
        }
    }

    private static boolean isEmptyFolder(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new ExportException("Cannot read the folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
