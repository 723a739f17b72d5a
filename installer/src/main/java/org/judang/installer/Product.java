package org.judang.installer;

import java.util.ArrayList;
import java.util.List;

/**
 * What is packaged and how it starts: the one definition of the launcher's name, main class, bundled Java modules
 * and JVM options, used for every package type.
 */
final class Product {
    static final String NAME = "judang";
    static final String MAIN_CLASS = "org.judang.app.Main";
    static final String VENDOR = "Judang Workstation";
    static final String DESCRIPTION = "Judang Workstation: offline object clustering and archiving (GA/T 2350.5-2025)";
    static final String MAC_IDENTIFIER = "org.judang.workstation";
    /** Fixed for good, so that a newer .msi/.exe replaces the installed version instead of installing beside it. */
    static final String WINDOWS_UPGRADE_UUID = "9beb1d12-eba0-4125-acbf-94697c240b50";
    /** The window icon (resources module); a PNG, which jpackage takes for Linux only (Windows wants .ico, macOS .icns). */
    static final String ICON_RESOURCE = "org/judang/ui/icons/judang-64.png";

    /**
     * The runtime's modules: what {@code jdeps --print-module-deps} finds in the application's jars (java.compiler
     * and jdk.jfr for agrona; java.desktop for ImageIO, Swing interop and JavaFX), plus what is reached only at run
     * time: the Vector API for jvector's SIMD path, Chinese locale data and the legacy Chinese charsets.
     */
    static final List<String> RUNTIME_MODULES = List.of(
            "java.base", "java.compiler", "java.desktop", "java.logging", "java.management", "java.prefs", "java.sql",
            "java.xml", "jdk.jfr", "jdk.unsupported", "jdk.unsupported.desktop",
            "jdk.incubator.vector", "jdk.localedata", "jdk.charsets");
    static final String LOCALES = "en,zh";

    /**
     * The launcher's JVM options for a runtime of Java {@code feature}: the Vector API module (jvector takes its SIMD
     * path on Java 20+), native access for SQLite's and jvector's native code, the opening the shaded jar declares
     * in its manifest (which a class-path launcher does not read), a heap of half the machine's memory (a case's
     * records are clustered in memory; 200,000 records took 1.9 GB), and on Java 24+, where {@code sun.misc.Unsafe}
     * memory access warns, leave to JavaFX's renderer (Marlin), which still uses it. Then the image's class-data
     * archive ({@link ClassDataArchive}), named relative to the launcher's folder ({@code $APPDIR}, which the launcher
     * expands) so that it is found wherever the image is installed, with the JVM's messages about it off: a missing,
     * damaged or outdated archive is simply not used (the JVM would otherwise print warnings on every start). Last,
     * where SQLite's native library is ({@link SqliteLibrary}).
     */
    static List<String> javaOptions(int feature) {
        List<String> options = new ArrayList<>(List.of(
                "--add-modules=jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED",
                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "-XX:MaxRAMPercentage=50",
                "-XX:SharedArchiveFile=$APPDIR/" + ClassDataArchive.FILE,
                "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off"));
        if (feature >= 24) options.add("--sun-misc-unsafe-memory-access=allow");
        options.addAll(SqliteLibrary.javaOptions());
        return List.copyOf(options);
    }

    private Product() {}
}
