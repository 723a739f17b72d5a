package org.judang.engine.cluster;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * A kNN graph saved to disk so that a clustering run killed after building it resumes from it instead of searching
 * again. The file name holds a hash of everything the graph depends on (space, node ordinals, k, search settings), so a
 * checkpoint is only ever reused for the very same input. Format 1: {@code "JDKN"}, version, n, k, then neighbours and
 * similarities, then a CRC-32 of the payload; a damaged file is ignored.
 */
public final class KnnCheckpoint {
    private static final int MAGIC = 0x4A444B4E;
    private static final int VERSION = 1;

    private final Path file;

    private KnnCheckpoint(Path file) {
        this.file = file;
    }

    /** The checkpoint for this exact input, in {@code folder}. */
    public static KnnCheckpoint of(Path folder, int spaceId, long[] ordinals, int k, String settings) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            ByteBuffer b = ByteBuffer.allocate(8);
            for (long o : ordinals) {
                b.clear();
                md.update(b.putLong(o).array());
            }
            md.update((spaceId + "/" + k + "/" + settings).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String h = HexFormat.of().formatHex(md.digest()).substring(0, 24);
            return new KnnCheckpoint(folder.resolve("knn-space-" + spaceId + "-" + h + ".bin"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<KnnGraph> load() {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) return Optional.empty();
            int n = in.readInt(), k = in.readInt();
            int[] nb = new int[n * k];
            float[] sim = new float[n * k];
            CRC32 crc = new CRC32();
            ByteBuffer four = ByteBuffer.allocate(4);
            for (int i = 0; i < nb.length; i++) {
                nb[i] = in.readInt();
                crc.update(four.clear().putInt(nb[i]).array());
            }
            for (int i = 0; i < sim.length; i++) {
                sim[i] = in.readFloat();
                crc.update(four.clear().putFloat(sim[i]).array());
            }
            if (in.readLong() != crc.getValue()) return Optional.empty();
            return Optional.of(new KnnGraph(n, k, nb, sim));
        } catch (IOException e) {
            return Optional.empty(); // a damaged or partial checkpoint is as good as none
        }
    }

    /** Writes the graph (to a temporary name, then renamed, so a crash leaves no half checkpoint). */
    public void save(KnnGraph g) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeInt(g.size());
                out.writeInt(g.k());
                CRC32 crc = new CRC32();
                ByteBuffer four = ByteBuffer.allocate(4);
                for (int v : g.neighbors()) {
                    out.writeInt(v);
                    crc.update(four.clear().putInt(v).array());
                }
                for (float v : g.similarities()) {
                    out.writeFloat(v);
                    crc.update(four.clear().putFloat(v).array());
                }
                out.writeLong(crc.getValue());
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the clustering checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover checkpoint only costs disk space; the next run for other input never reads it
        }
    }

    public Path file() { return file; }
}
