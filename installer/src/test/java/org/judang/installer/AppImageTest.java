package org.judang.installer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Builds the app image as the {@code installer} profile does (same entry point, same class path, same JDK) and runs
 * its launcher headless, as a person would from a terminal. Skipped, saying why, where the JDK has no jpackage.
 */
@EnabledIf(value = "jpackageAvailable", disabledReason = "the JDK (-Djudang.runtime.jdk, default: the one running the build) has no jpackage")
class AppImageTest {
    private static final Path TARGET = Path.of(System.getProperty("judang.installer.target", "target"));
    private static final Jdk JDK = Jdk.at(Path.of(System.getProperty("judang.runtime.jdk", System.getProperty("java.home"))));
    private static BuildResult built;

    @TempDir Path tmp;

    record Run(int code, String out, String err) {}

    /** Whether the JDK whose runtime is bundled has jpackage; where it has not, says so (the whole class is skipped). */
    static boolean jpackageAvailable() {
        if (JDK.tool("jpackage").isPresent()) return true;
        System.err.println("AppImageTest skipped: " + JDK.home() + " has no jpackage, so no app image is built here"
                + " (a full JDK 17+ has it; or point -Djudang.runtime.jdk at one)");
        return false;
    }

    @BeforeAll
    static void buildTheAppImage() {
        built = InstallerBuild.build(System.out,
                "--class-path", System.getProperty("judang.installer.classPath", TARGET.resolve("app-class-path.txt").toString()),
                "--jdk", JDK.home().toString(),
                "--version", System.getProperty("judang.installer.version", "0.1.0"),
                "--types", "app-image",
                "--dest", TARGET.resolve("test-image").toString(),
                "--work", TARGET.resolve("test-image-work").toString());
    }

    @Test
    void helpListsTheCommands() throws Exception {
        Run r = judang("--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Usage: judang"), r.out());
        for (String c : List.of("generate", "import", "cluster", "open", "export")) assertTrue(r.out().contains("  " + c), c);
    }

    @Test
    void withoutArgumentsAndWithoutADisplayItSaysWhyNoWindowOpens() throws Exception {
        Run r = judang();
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("No display, so no window"), r.out());
    }

    @Test
    void runsOnTheBundledRuntimeWithTheVectorModuleAndHalfTheMemory() throws Exception {
        Run r = judang("--version");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("Judang Workstation 0.1.0", lines.get(0));
        assertTrue(lines.get(1).startsWith("Java " + JDK.feature() + "."), lines.get(1));
        assertTrue(lines.get(1).contains(built.appImage().toAbsolutePath().normalize().toString()), "the image's own runtime: " + lines.get(1));
        assertTrue(lines.get(2).contains("jdk.incubator.vector loaded"), lines.get(2));
        assertTrue(lines.get(2).contains(JDK.feature() >= 20 ? "(SIMD)" : "(scalar)"), lines.get(2));

        Matcher heap = Pattern.compile("max heap (\\d+) MB").matcher(lines.get(1));
        assertTrue(heap.find(), lines.get(1));
        long machineMb = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() >> 20;
        long heapMb = Long.parseLong(heap.group(1));
        // half the memory, less what the JVM keeps back; at most ~32 GB, where compressed object pointers end
        assertTrue(heapMb >= Math.min(machineMb * 0.4, 30_000) && heapMb <= machineMb * 0.55, heapMb + " MB heap on " + machineMb + " MB");
    }

    @Test
    void aGeneratedCaseIsImportedClusteredEvaluatedAndExported() throws Exception {
        String batch = tmp.resolve("batch").toString(), caseDir = tmp.resolve("case").toString();
        assertEquals(0, judang("generate", batch, "--ids", "20", "--records", "300", "--seed", "3").code());
        assertEquals(0, judang("case", "create", caseDir, "--name", "image test").code());
        Run imported = judang("import", caseDir, tmp.resolve("batch/captures").toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().lines().anyMatch(l -> l.matches("Total\\s+300\\s+0\\s+0\\s+0")), imported.out());
        Run clustered = judang("cluster", caseDir);
        assertEquals(0, clustered.code(), clustered.err());
        assertTrue(clustered.out().startsWith("Clustered 300 records"), clustered.out());
        Run evaluated = judang("evaluate", caseDir, tmp.resolve("batch/truth.tsv").toString());
        assertEquals(0, evaluated.code(), evaluated.err());
        Matcher f = Pattern.compile("\"bcubed_f\": ([0-9.]+)").matcher(evaluated.out());
        assertTrue(f.find(), evaluated.out());
        assertTrue(Double.parseDouble(f.group(1)) > 0.9, evaluated.out());
        Path zip = tmp.resolve("export.zip");
        assertEquals(0, judang("export", caseDir, zip.toString(), "--images", "files").code());
        assertTrue(Files.size(zip) > 0);
    }

    @Test
    void theLauncherMapsTheImagesClassDataArchive() throws Exception {
        Path archive = ClassDataArchive.launcherConfig(built.appImage()).resolveSibling(ClassDataArchive.FILE);
        assertTrue(Files.size(archive) > 10 << 20, archive + " holds the window's classes: " + Files.size(archive) + " bytes");
        // -Xshare:on: a JVM that cannot map the archive stops with an error instead of running without it
        Run r = judang(Map.of("JAVA_TOOL_OPTIONS", "-Xshare:on"), "--version");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("Judang Workstation"), r.out());
    }

    @Test
    void sqliteLoadsItsLibraryFromTheImageNotFromACopyInTheTemporaryFolder() throws Exception {
        Path appDir = ClassDataArchive.launcherConfig(built.appImage()).getParent();
        assertTrue(Files.isRegularFile(appDir.resolve("native").resolve(SqliteLibrary.fileName(HostOs.current()))));
        Path temp = Files.createDirectories(tmp.resolve("temp"));
        Run r = judang(Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + temp), "case", "create", tmp.resolve("c").toString(), "--name", "lib");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(Files.isRegularFile(tmp.resolve("c/case.db")));
        try (var left = Files.list(temp)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.contains("sqlite")).toList());
        }
    }

    @Test
    void aDamagedOrMissingArchiveIsPassedOverInSilence() throws Exception {
        Path archive = ClassDataArchive.launcherConfig(built.appImage()).resolveSibling(ClassDataArchive.FILE);
        Path kept = tmp.resolve("kept.jsa");
        Files.move(archive, kept);
        try {
            assertStartsQuietly(judang("--version"));
            byte[] junk = new byte[100_000];
            new java.util.Random(5).nextBytes(junk);
            Files.write(archive, junk);
            assertStartsQuietly(judang("--version"));
            // one made for other jars (an update that left the old archive): the JVM refuses it, quietly
            Files.copy(kept, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Path jar = ClassDataArchive.launcherConfig(built.appImage()).resolveSibling("app-classes.jar");
            Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
            assertStartsQuietly(judang("--version"));
            Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        } finally {
            Files.move(kept, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void assertStartsQuietly(Run r) {
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("Judang Workstation"), r.out());
        String said = (r.out() + r.err()).toLowerCase(java.util.Locale.ROOT);
        for (String word : List.of("cds", "shared archive", "error", "warning: [")) assertFalse(said.contains(word), word + " in: " + r.out() + r.err());
    }

    /** The image's launcher with {@code args}, no display, its output collected; any warning of a missing JVM option fails. */
    private Run judang(String... args) throws IOException, InterruptedException {
        return judang(Map.of(), args);
    }

    private Run judang(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(built.launcher().toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "out", ".txt"), err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("judang " + String.join(" ", args) + " did not finish in 3 minutes");
        }
        Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(r.err().contains("restricted method"), "native access is enabled: " + r.err());
        return r;
    }
}
