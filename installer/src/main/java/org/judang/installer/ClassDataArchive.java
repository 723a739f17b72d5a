package org.judang.installer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The app image's class-data archive ({@code judang.jsa} beside the jars): the JDK's and the program's classes that
 * the window loads when it opens a case, already parsed and verified, mapped into memory at start instead of read
 * from the jars. Made at build time with the image's own runtime and jars ({@code java -Xshare:dump}) from the class
 * list {@code scripts/classlist.sh} records, so it needs no display and matches the image exactly. The launcher
 * names it with {@code $APPDIR} (valid wherever the image is installed); a JVM that finds it missing, damaged or made
 * for other jars runs without it, silently ({@link Product#javaOptions}).
 */
final class ClassDataArchive {
    static final String FILE = "judang.jsa";
    static final String CLASS_LIST = "judang.classlist";
    /** The JDK the class list was recorded with; its lambda and method-handle entries are read by that JDK only. */
    static final int CLASS_LIST_FEATURE = 25;

    private ClassDataArchive() {}

    /**
     * Writes the archive into the image's application folder (where its launcher's {@code .cfg} file is); returns
     * it, or empty (saying why in the log) when the runtime could not make it: the image then starts as before.
     */
    static Optional<Path> create(Jdk jdk, Path image, Path work) {
        Path cfg = launcherConfig(image);
        Path appDir = cfg.getParent();
        Path archive = appDir.resolve(FILE);
        Path list = work.resolve(CLASS_LIST);
        Path log = work.resolve("cds-dump.log");
        try {
            Files.createDirectories(work);
            Files.write(list, classList(jdk.feature()), StandardCharsets.UTF_8);
            List<String> cmd = new ArrayList<>(List.of(runtimeJava(image).toString()));
            // the same module options as at run time: the archive records them, and a mismatch disables its module graph
            for (String o : Product.javaOptions(jdk.feature())) if (!o.startsWith("-X")) cmd.add(o);
            cmd.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + list, "-XX:SharedArchiveFile=" + archive,
                    "-cp", classPath(cfg, appDir)));
            ToolRun.run(cmd, log);
            return Files.isRegularFile(archive) ? Optional.of(archive) : Optional.empty();
        } catch (InstallerException | IOException | UncheckedIOException e) {
            try {
                Files.deleteIfExists(archive);
            } catch (IOException ignored) {
                // a half-written archive is refused by the JVM anyway
            }
            return Optional.empty();
        }
    }

    /**
     * The class list for a runtime of Java {@code feature}: as recorded for the JDK it was recorded with; for another
     * JDK only the class names (its lambda and method-handle lines are specific to that JDK's internals).
     */
    static List<String> classList(int feature) {
        List<String> lines;
        try (InputStream in = ClassDataArchive.class.getResourceAsStream(CLASS_LIST)) {
            if (in == null) throw new InstallerException("the class list " + CLASS_LIST + " is missing from the installer's resources");
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (feature == CLASS_LIST_FEATURE) return lines;
        return lines.stream().filter(l -> !l.startsWith("@") && !l.startsWith("#") && !l.isBlank()).map(l -> l.split(" ")[0]).toList();
    }

    /** The launcher's class path as the launcher builds it: the {@code app.classpath} lines of its .cfg, in order. */
    static String classPath(Path cfg, Path appDir) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
            if (line.startsWith("app.classpath=")) entries.add(line.substring("app.classpath=".length()).replace("$APPDIR", appDir.toString()));
        }
        if (entries.isEmpty()) throw new InstallerException(cfg + " names no class path");
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** The launcher's configuration: {@code judang.cfg} in the image's application folder ({@code $APPDIR}). */
    static Path launcherConfig(Path image) {
        return find(image, p -> p.getFileName().toString().equals(Product.NAME + ".cfg"))
                .orElseThrow(() -> new InstallerException("jpackage wrote no " + Product.NAME + ".cfg into " + image));
    }

    private static Path runtimeJava(Path image) {
        return find(image, p -> p.getParent() != null && p.getParent().getFileName().toString().equals("bin")
                && (p.getFileName().toString().equals("java") || p.getFileName().toString().equals("java.exe"))
                && p.toString().contains("runtime"))
                .orElseThrow(() -> new InstallerException("the image " + image + " has no runtime bin/java"));
    }

    private static Optional<Path> find(Path root, java.util.function.Predicate<Path> match) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(match).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + root, e);
        }
    }
}
