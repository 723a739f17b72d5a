package org.judang.engine.store;

import org.judang.engine.model.FeatureSpace;
import org.judang.engine.vector.VectorFile;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The case's vector files, one per feature space, opened on first use and cut back to the committed count. */
public final class VectorStore implements AutoCloseable {
    private final Path folder;
    private final Map<Integer, VectorFile> open = new HashMap<>();

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

    @Override
    public synchronized void close() {
        for (VectorFile f : open.values()) f.close();
        open.clear();
    }
}
