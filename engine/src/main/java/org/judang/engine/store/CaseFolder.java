package org.judang.engine.store;

import org.judang.engine.model.FailurePhrase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The layout of a case on disk: a folder the investigator can copy.
 * <pre>
 * case.db      SQLite (WAL, foreign keys)
 * vectors/     one append-only float32 file per feature space (+ its index)
 * images/      content-addressed crops and scenes
 * exports/     default place for exports
 * logs/        the case's log files
 * </pre>
 */
public record CaseFolder(Path root) {
    public static final String DATABASE = "case.db";

    public Path database() { return root.resolve(DATABASE); }
    public Path vectors() { return root.resolve("vectors"); }
    public Path images() { return root.resolve("images"); }
    public Path exports() { return root.resolve("exports"); }
    public Path logs() { return root.resolve("logs"); }
    public Path temp() { return root.resolve("tmp"); }

    public boolean exists() { return Files.isRegularFile(database()); }

    /** Makes the folder tree for a new case; the folder must be absent or empty. */
    static CaseFolder createAt(Path root) {
        try {
            if (Files.exists(root)) {
                if (!Files.isDirectory(root)) throw new CaseFormatException(FailurePhrase.CASE_PATH_NOT_A_FOLDER, root);
                try (Stream<Path> s = Files.list(root)) {
                    if (s.findAny().isPresent()) {
                        throw new CaseFormatException(FailurePhrase.CASE_FOLDER_NOT_EMPTY, root);
                    }
                }
            }
            CaseFolder f = new CaseFolder(root);
            Files.createDirectories(root);
            f.ensureSubfolders();
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create case folder " + root + ": " + e.getMessage(), e);
        }
    }

    static CaseFolder openAt(Path root) {
        CaseFolder f = new CaseFolder(root);
        if (!Files.isDirectory(root)) throw new CaseFormatException(FailurePhrase.CASE_FOLDER_MISSING, root);
        if (!f.exists()) throw new CaseFormatException(FailurePhrase.CASE_DATABASE_MISSING, root, DATABASE);
        f.ensureSubfolders();
        return f;
    }

    void ensureSubfolders() {
        try {
            for (Path p : new Path[]{vectors(), images(), exports(), logs(), temp()}) Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare case folder " + root + ": " + e.getMessage(), e);
        }
    }
}
