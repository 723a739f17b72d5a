package org.judang.installer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * SQLite's native library, taken out of the sqlite-jdbc jar into the image ({@code native/} beside the jars) at
 * build time. Without it, every start copies the library out of the jar into the temporary folder before the first
 * case can open (0.2–0.4 s here); the launcher points sqlite-jdbc at this copy ({@code org.sqlite.lib.path}), and
 * sqlite-jdbc falls back to that copying where the file is missing.
 */
final class SqliteLibrary {
    static final String DIR = "native";

    private SqliteLibrary() {}

    /** The library's file name on {@code os}. */
    static String fileName(HostOs os) {
        return switch (os) {
            case LINUX -> "libsqlitejdbc.so";
            case WINDOWS -> "sqlitejdbc.dll";
            case MAC -> "libsqlitejdbc.dylib";
        };
    }

    /** Its entry in the sqlite-jdbc jar for {@code os} on the processor {@code arch} (the JVM's {@code os.arch}). */
    static String jarEntry(HostOs os, String arch) {
        String a = arch.toLowerCase(Locale.ROOT);
        String folder = switch (a) {
            case "amd64", "x86_64", "x64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> a;
        };
        String system = switch (os) {
            case LINUX -> "Linux";
            case WINDOWS -> "Windows";
            case MAC -> "Mac";
        };
        return "org/sqlite/native/" + system + "/" + folder + "/" + fileName(os);
    }

    /** The launcher's options that point sqlite-jdbc at the copy. */
    static List<String> javaOptions() {
        return List.of("-Dorg.sqlite.lib.path=$APPDIR/" + DIR, "-Dorg.sqlite.lib.name=" + fileName(HostOs.current()));
    }

    /** Copies the library for this system out of the sqlite-jdbc jar in {@code appDir}; returns the copy if there was one. */
    static Optional<Path> extract(Path appDir) {
        String entry = jarEntry(HostOs.current(), System.getProperty("os.arch", ""));
        try (Stream<Path> files = Files.list(appDir)) {
            Optional<Path> jar = files.filter(p -> p.getFileName().toString().matches("sqlite-jdbc-.*\\.jar")).findFirst();
            if (jar.isEmpty()) return Optional.empty();
            try (ZipFile zip = new ZipFile(jar.get().toFile())) {
                var e = zip.getEntry(entry);
                if (e == null) return Optional.empty();
                Path target = Files.createDirectories(appDir.resolve(DIR)).resolve(fileName(HostOs.current()));
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                return Optional.of(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy SQLite's native library out of its jar in " + appDir, e);
        }
    }
}
