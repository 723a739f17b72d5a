package org.judang.installer;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one build packages and where: the application's class path, the JDK whose runtime is bundled, the package
 * types, the output and work folders, and the version (jpackage wants numbers only, so "0.1.0-SNAPSHOT" is "0.1.0").
 */
record BuildSettings(List<Path> classPath, Jdk jdk, List<PackageType> types, Path dest, Path work, String version) {
    static final String USAGE = "usage: InstallerBuild --class-path FILE --jdk DIR --dest DIR --work DIR --version V [--types auto|app-image,deb,...]";

    /** From {@code --name value} pairs; {@code --class-path} names a file holding the class path (Maven's build-classpath output). */
    static BuildSettings parse(String... args) {
        if (args.length % 2 != 0) throw new InstallerException(USAGE);
        Map<String, String> options = new HashMap<>(Map.of("--types", "auto"));
        for (int i = 0; i < args.length; i += 2) {
            if (!List.of("--class-path", "--jdk", "--dest", "--work", "--version", "--types").contains(args[i])) {
                throw new InstallerException("unknown option " + args[i] + "; " + USAGE);
            }
            options.put(args[i], args[i + 1]);
        }
        for (String required : List.of("--class-path", "--jdk", "--dest", "--work", "--version")) {
            if (!options.containsKey(required)) throw new InstallerException("missing " + required + "; " + USAGE);
        }
        return new BuildSettings(readClassPath(Path.of(options.get("--class-path"))), Jdk.at(Path.of(options.get("--jdk"))),
                PackageType.parse(options.get("--types")), Path.of(options.get("--dest")), Path.of(options.get("--work")),
                options.get("--version").replaceFirst("-.*$", ""));
    }

    private static List<Path> readClassPath(Path file) {
        try {
            return Arrays.stream(Files.readString(file).strip().split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the class path file " + file + " (written by the build's dependency:build-classpath step)", e);
        }
    }
}
