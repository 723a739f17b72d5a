package org.judang.engine.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Content-addressed image files: a key is {@code ab/abcdef….ext}, the SHA-256 of the bytes plus the format's
 * extension. The same image stored twice is one file. Files are written to a temporary name and renamed, so a
 * crash never leaves a half-written image under a real key.
 */
public final class ImageStore {
    private final Path root;

    public ImageStore(Path root) {
        this.root = root;
    }

    /** Stores the bytes, returns the key. */
    public String put(byte[] bytes, String extension) {
        String hash = sha256(bytes);
        String key = hash.substring(0, 2) + "/" + hash + "." + extension;
        Path target = root.resolve(key);
        if (Files.exists(target)) return key;
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".img", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store image in " + root + ": " + e.getMessage(), e);
        }
    }

    /** The file behind a key, if present. */
    public Optional<Path> file(String key) {
        if (key == null || key.contains("..")) return Optional.empty();
        Path p = root.resolve(key);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    public byte[] read(String key) {
        Path p = file(key).orElseThrow(() -> new StoreException("Image " + key + " is missing from the case."));
        try (InputStream in = Files.newInputStream(p)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read image " + p + ": " + e.getMessage(), e);
        }
    }

    /** Recognises an image by its first bytes; empty when the bytes are not a supported image. */
    public static Optional<String> sniffExtension(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) return Optional.of("jpg");
        if (head.length >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') return Optional.of("png");
        if (head.length >= 2 && head[0] == 'B' && head[1] == 'M') return Optional.of("bmp");
        if (head.length >= 4 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8') return Optional.of("gif");
        return Optional.empty();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
