package org.judang.installer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ClassDataArchiveTest {
    @TempDir Path tmp;

    @Test
    void theLauncherNamesTheArchiveBesideItsJarsAndKeepsTheJvmQuietAboutIt() {
        for (int feature : new int[]{17, 25}) {
            List<String> options = Product.javaOptions(feature);
            assertTrue(options.contains("-XX:SharedArchiveFile=$APPDIR/judang.jsa"), options.toString());
            assertTrue(options.containsAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off")), options.toString());
        }
    }

    @Test
    void sqliteIsPointedAtTheLibraryInTheImage() {
        assertTrue(Product.javaOptions(25).contains("-Dorg.sqlite.lib.path=$APPDIR/native"));
        assertEquals("org/sqlite/native/Linux/x86_64/libsqlitejdbc.so", SqliteLibrary.jarEntry(HostOs.LINUX, "amd64"));
        assertEquals("org/sqlite/native/Windows/x86_64/sqlitejdbc.dll", SqliteLibrary.jarEntry(HostOs.WINDOWS, "amd64"));
        assertEquals("org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib", SqliteLibrary.jarEntry(HostOs.MAC, "aarch64"));
    }

    @Test
    void theClassListHoldsTheWindowsClassesAndOtherJdksGetOnlyTheirNames() {
        List<String> recorded = ClassDataArchive.classList(ClassDataArchive.CLASS_LIST_FEATURE);
        for (String c : List.of("org/judang/ui/shell/DesktopShell", "org/judang/ui/archive/ArchiveTile", "javafx/scene/control/ListView",
                "org/sqlite/JDBC", "org/judang/engine/CaseSession")) {
            assertTrue(recorded.stream().anyMatch(l -> l.equals(c) || l.startsWith(c + " ")), c);
        }
        assertTrue(recorded.stream().anyMatch(l -> l.startsWith("@lambda-proxy")), "lambdas of the recording JDK");

        List<String> other = ClassDataArchive.classList(17);
        assertTrue(other.contains("org/judang/ui/shell/DesktopShell"));
        assertTrue(other.stream().noneMatch(l -> l.startsWith("@") || l.startsWith("#") || l.contains(" ")), "names only");
        assertTrue(other.size() > 5_000, other.size() + " classes");
    }

    @Test
    void theClassPathIsTheLaunchersInItsOrder() throws Exception {
        Path app = Files.createDirectories(tmp.resolve("lib/app"));
        Path cfg = Files.writeString(app.resolve("judang.cfg"), String.join("\n",
                "[Application]", "app.classpath=$APPDIR/app-classes.jar", "app.mainclass=org.judang.app.Main",
                "app.classpath=$APPDIR/agrona.jar", "app.classpath=$APPDIR/ui-classes.jar", "", "[JavaOptions]",
                "java-options=-XX:SharedArchiveFile=$APPDIR/judang.jsa", ""));
        assertEquals(String.join(File.pathSeparator, app + "/app-classes.jar", app + "/agrona.jar", app + "/ui-classes.jar"),
                ClassDataArchive.classPath(cfg, app));
        assertEquals(cfg, ClassDataArchive.launcherConfig(tmp));
    }
}
