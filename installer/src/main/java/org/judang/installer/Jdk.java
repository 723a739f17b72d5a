package org.judang.installer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The JDK whose jlink makes the bundled runtime (and whose jpackage packages it): its home and feature version.
 * It need not be the JDK running the build, so JDK 21+/25 can be bundled (SIMD vector search) from a JDK 17 build.
 */
record Jdk(Path home, int feature) {
    static Jdk at(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) throw new InstallerException(home + " is not a JDK (it has no 'release' file); set -Djudang.runtime.jdk to a JDK 17+ folder.");
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(release)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + release, e);
        }
        String version = p.getProperty("JAVA_VERSION", "").replace("\"", "");
        int feature = Runtime.Version.parse(version).feature();
        if (feature < 17) throw new InstallerException(home + " is JDK " + version + "; the workstation needs 17 or newer.");
        return new Jdk(home, feature);
    }

    /** The JDK tool {@code name} (jlink, jpackage), if this JDK has it. */
    Optional<Path> tool(String name) {
        Path bin = home.resolve("bin");
        for (String candidate : new String[]{name, name + ".exe"}) {
            if (Files.isRegularFile(bin.resolve(candidate))) return Optional.of(bin.resolve(candidate));
        }
        return Optional.empty();
    }

    Path requireTool(String name) {
        return tool(name).orElseThrow(() -> new InstallerException(
                "JDK " + home + " has no " + name + " (bin/" + name + "); use a full JDK 17+ (Debian: openjdk-17-jdk), or set -Djudang.runtime.jdk."));
    }
}
