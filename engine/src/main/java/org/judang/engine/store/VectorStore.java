package org.judang.engine.store;

import org.judang.engine.model.FeatureSpace;
import org.judang.engine.vector.SpaceIndex;
import org.judang.engine.vector.VectorFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The case's vector files, one per feature space, opened on first use and cut back to the committed count. */
public final class VectorStore implements AutoCloseable {
    private final Path folder;
    private final Map<Integer, VectorFile> open = new HashMap<>();
    private final Map<Integer, SpaceIndex> indexes = new HashMap<>();

    VectorStore(Path folder) {
        this.folder = folder;
    }

    public Path fileOf(int spaceId) {
        return folder.resolve("space-" + spaceId + ".f32");
    }

    /** The vector file of a space, whose committed count is the one the database holds. */
    public synchronized VectorFile file(FeatureSpace space) {
        return open.computeIfAbsent(space.id(), id -> VectorFile.open(fileOf(id), space.dimension(), space.vectorCount()));
    }

    /** The jvector index of a space, opened (not rebuilt) on first use; it may cover fewer vectors than the file. */
    public synchronized SpaceIndex index(FeatureSpace space) {
        return indexes.computeIfAbsent(space.id(), id -> SpaceIndex.open(folder, id, space.dimension()));
    }

    /**
     * Closes and deletes the vector file of a space whose row was removed (a cancelled import created it), so that a
     * later space given the same id starts from a fresh file.
     */
    public synchronized void discard(int spaceId) {
        VectorFile f = open.remove(spaceId);
        if (f != null) f.close();
        try {
            Files.deleteIfExists(fileOf(spaceId));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete vector file " + fileOf(spaceId) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        for (SpaceIndex i : indexes.values()) i.close();
        indexes.clear();
        for (VectorFile f : open.values()) f.close();
        open.clear();
    }
}
