package org.judang.installer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The application's jars in one folder, as jpackage's {@code --input} wants them: the app's runtime class path as
 * Maven resolves it, jars copied, compiled-class folders (a build that stopped before packaging) jarred. Each jar keeps
 * its own manifest, so multi-release jars (jvector's SIMD classes) stay multi-release.
 */
record AppInput(Path folder, String mainJar, Path mainSource, int jars, Optional<Path> icon) {

    static AppInput stage(List<Path> classPath, Path folder, Path workFolder) {
        FileTree.recreate(folder);
        Set<String> names = new HashSet<>();
        String mainJar = null;
        Path mainSource = null;
        Optional<Path> icon = Optional.empty();
        String mainClassEntry = Product.MAIN_CLASS.replace('.', '/') + ".class";
        for (Path entry : classPath) {
            Path jar = folder.resolve(jarName(entry));
            if (!names.add(jar.getFileName().toString())) throw new InstallerException("Two class path entries would both be " + jar.getFileName() + " in the app image: " + entry);
            if (Files.isDirectory(entry)) jarFolder(entry, jar);
            else if (Files.isRegularFile(entry)) copy(entry, jar);
            else throw new InstallerException(entry + " is on the application's class path but does not exist; build the project first (mvn -DskipTests package from the project root).");
            if (contains(jar, mainClassEntry)) {
                mainJar = jar.getFileName().toString();
                mainSource = entry;
            }
            if (icon.isEmpty()) icon = extract(jar, Product.ICON_RESOURCE, workFolder.resolve(Product.NAME + ".png"));
        }
        if (mainJar == null) throw new InstallerException("No jar on the class path holds " + Product.MAIN_CLASS + "; is the app module on it?");
        return new AppInput(folder, mainJar, mainSource, names.size(), icon);
    }

    /** A jar keeps its name; a class folder such as app/target/classes becomes app-classes.jar. */
    private static String jarName(Path entry) {
        if (!Files.isDirectory(entry)) return entry.getFileName().toString();
        Path module = entry.toAbsolutePath().normalize().getParent().getParent();
        return (module != null ? module.getFileName() : entry.getFileName()) + "-classes.jar";
    }

    private static void jarFolder(Path classes, Path jar) {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot jar " + classes + " into " + jar, e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + from + " to " + to, e);
        }
    }

    private static boolean contains(Path jar, String entry) {
        try (JarFile j = new JarFile(jar.toFile())) {
            return j.getEntry(entry) != null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar, e);
        }
    }

    private static Optional<Path> extract(Path jar, String entry, Path to) {
        try (JarFile j = new JarFile(jar.toFile())) {
            JarEntry e = j.getJarEntry(entry);
            if (e == null) return Optional.empty();
            Files.createDirectories(to.getParent());
            try (InputStream in = j.getInputStream(e)) {
                Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
            }
            return Optional.of(to);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + entry + " from " + jar, e);
        }
    }
}
