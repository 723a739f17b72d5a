package org.judang.engine.store;

import org.judang.engine.model.CaseTime;
import org.judang.engine.model.FeatureSpace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * A case opened on disk: its folder, database, vector files and images. Opening cuts every vector file back to the
 * count the database committed, so a case interrupted at any point opens consistent.
 */
public final class CaseStore implements AutoCloseable {
    private final CaseFolder folder;
    private final CaseDatabase db;
    private final ImageStore images;
    private final VectorStore vectors;

    private CaseStore(CaseFolder folder, CaseDatabase db) {
        this.folder = folder;
        this.db = db;
        this.images = new ImageStore(folder.images());
        this.vectors = new VectorStore(folder.vectors());
    }

    /** Creates a new case in an absent or empty folder. */
    public static CaseStore create(Path root, String name) {
        CaseFolder folder = CaseFolder.createAt(root);
        CaseDatabase db = CaseDatabase.open(folder.database());
        CaseStore store = new CaseStore(folder, db);
        long now = CaseTime.now();
        String caseName = name == null || name.isBlank() ? root.toAbsolutePath().getFileName().toString() : name;
        db.inTransaction(c -> {
            CaseInfo.put(c, CaseInfo.NAME, caseName);
            CaseInfo.put(c, CaseInfo.CREATED, Long.toString(now));
            CaseInfo.put(c, CaseInfo.LIBRARY_ID, libraryId(caseName, now, root));
            return null;
        });
        return store;
    }

    /** Opens an existing case, migrating an older format; refuses a newer one. */
    public static CaseStore open(Path root) {
        CaseFolder folder = CaseFolder.openAt(root);
        CaseDatabase db = CaseDatabase.open(folder.database());
        CaseStore store = new CaseStore(folder, db);
        try {
            for (FeatureSpace s : db.read(FeatureSpaces::all)) store.vectors.file(s);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    public CaseFolder folder() { return folder; }
    public CaseDatabase db() { return db; }
    public ImageStore images() { return images; }
    public VectorStore vectors() { return vectors; }

    public String name() { return db.snapshot(c -> CaseInfo.get(c, CaseInfo.NAME).orElse(folder.root().getFileName().toString())); }

    /** The 20-digit archive library code of this case: the prefix of its archive IDs and its {@code ArchiveLibraryID}. */
    public String libraryId() { return db.snapshot(c -> CaseInfo.get(c, CaseInfo.LIBRARY_ID).orElseThrow()); }

    public List<FeatureSpace> spaces() { return db.snapshot(FeatureSpaces::all); }

    @Override
    public void close() {
        try {
            vectors.close();
        } finally {
            db.close();
        }
    }

    /** 20 decimal digits derived from the case's name, creation time and folder: unique enough, fixed for life. */
    static String libraryId(String name, long created, Path root) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((name + "|" + created + "|" + root.toAbsolutePath()).getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; sb.length() < 20; i++) sb.append(Math.floorMod(h[i % h.length], 10));
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
