package org.judang.installer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One build: stage the jars, link the runtime, make the app image, then each installer asked for that this system can make. */
final class Installer {
    private final BuildSettings settings;
    private final PrintStream log;

    Installer(BuildSettings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    BuildResult build() {
        Jdk jdk = settings.jdk();
        Path work = settings.work();
        log.println("Bundling the Java " + jdk.feature() + " runtime of " + jdk.home()
                + (jdk.feature() < 20 ? " (vector search stays scalar: jvector's SIMD path needs Java 20+; set -Djudang.runtime.jdk to a JDK 21+ for it)" : ""));
        long t0 = System.nanoTime();
        AppInput input = AppInput.stage(settings.classPath(), work.resolve("input"), work);
        // a module built alone (-pl installer) takes the app from ~/.m2, which may be another build's: say which
        log.println("Application: " + input.mainSource() + " and " + (input.jars() - 1) + " more jars");
        Path runtime = RuntimeLinker.link(jdk, work.resolve("runtime"), work.resolve("jlink.log"));
        Packager packager = new Packager(jdk, settings.version(), work);
        Path image = packager.appImage(input, runtime, settings.dest());
        // before the packages, which are made from the image; the launcher names the library and the archive either way
        if (SqliteLibrary.extract(ClassDataArchive.launcherConfig(image).getParent()).isEmpty()) {
            log.println("SQLite's native library for this system was not found in its jar: the program copies it out at every start.");
        }
        ClassDataArchive.create(jdk, image, work.resolve("cds")).ifPresentOrElse(
                a -> log.printf(Locale.ROOT, "Class-data archive: %s (%d MB)%n", a, FileTree.size(a) >> 20),
                () -> log.println("No class-data archive was made (see " + work.resolve("cds").resolve("cds-dump.log")
                        + "): the program starts without one, slower."));
        log.printf(Locale.ROOT, "App image: %s (%d MB, built in %.0f s)%n", image, FileTree.size(image) >> 20, (System.nanoTime() - t0) / 1e9);

        List<Path> packages = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (PackageType type : settings.types()) {
            if (type == PackageType.APP_IMAGE) continue;
            Optional<String> missing = type.missingProgram();
            if (missing.isPresent()) {
                String why = "No ." + type.jpackageName + ": " + missing.get() + " is not on the PATH (install it and build again).";
                log.println(why);
                skipped.add(why);
                continue;
            }
            long t1 = System.nanoTime();
            Path made = packager.installer(type, image, input.icon(), settings.dest());
            log.printf(Locale.ROOT, "Package: %s (%d MB, built in %.0f s)%n", made, FileTree.size(made) >> 20, (System.nanoTime() - t1) / 1e9);
            packages.add(made);
        }
        return new BuildResult(image, launcher(image), packages, skipped);
    }

    /** The program in the image that starts the workstation (and, given arguments, the command line). */
    static Path launcher(Path image) {
        return switch (HostOs.current()) {
            case LINUX -> image.resolve("bin").resolve(Product.NAME);
            case WINDOWS -> image.resolve(Product.NAME + ".exe");
            case MAC -> image.resolve("Contents").resolve("MacOS").resolve(Product.NAME);
        };
    }
}
