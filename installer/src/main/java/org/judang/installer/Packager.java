package org.judang.installer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** jpackage: the app image from the staged jars and the linked runtime, then each installer from that image. */
final class Packager {
    private final Jdk jdk;
    private final String version;
    /** Where the tools' logs and the launcher property files go. */
    private final Path work;

    Packager(Jdk jdk, String version, Path work) {
        this.jdk = jdk;
        this.version = version;
        this.work = work;
    }

    /** The app image in {@code dest}; returns its folder (judang/, or judang.app on macOS). */
    Path appImage(AppInput input, Path runtime, Path dest) {
        Path image = dest.resolve(HostOs.current() == HostOs.MAC ? Product.NAME + ".app" : Product.NAME);
        FileTree.delete(image);
        List<String> cmd = common(PackageType.APP_IMAGE, dest);
        cmd.addAll(List.of("--input", input.folder().toString(), "--main-jar", input.mainJar(), "--main-class", Product.MAIN_CLASS,
                "--runtime-image", runtime.toString()));
        for (String option : Product.javaOptions(jdk.feature())) cmd.addAll(List.of("--java-options", option));
        icon(input.icon(), cmd);
        switch (HostOs.current()) {
            // a GUI launcher on Windows has no console; a second one, judang-cli, is the command line
            case WINDOWS -> cmd.addAll(List.of("--add-launcher", Product.NAME + "-cli=" + consoleLauncher(work)));
            case MAC -> cmd.addAll(List.of("--mac-package-identifier", Product.MAC_IDENTIFIER));
            case LINUX -> { }
        }
        ToolRun.run(cmd, work.resolve("jpackage-app-image.log"));
        return image;
    }

    /** An installer of {@code type} made from the app image; returns the file written. */
    Path installer(PackageType type, Path appImage, Optional<Path> icon, Path dest) {
        for (Path old : packagesIn(dest, type)) FileTree.delete(old);
        List<String> cmd = common(type, dest);
        cmd.addAll(List.of("--app-image", appImage.toString()));
        icon(icon, cmd);
        switch (HostOs.current()) {
            case LINUX -> {
                cmd.addAll(List.of("--linux-package-name", Product.NAME, "--linux-shortcut",
                        "--linux-menu-group", "Office", "--linux-app-category", "misc"));
                // jpackage derives dependencies from the runtime's libraries; JavaFX's (inside its jars) need GTK 3
                if (type == PackageType.DEB) cmd.addAll(List.of("--linux-package-deps", "libgtk-3-0"));
                if (type == PackageType.RPM) cmd.addAll(List.of("--linux-package-deps", "gtk3"));
            }
            case WINDOWS -> cmd.addAll(List.of("--win-menu", "--win-shortcut", "--win-dir-chooser", "--win-upgrade-uuid", Product.WINDOWS_UPGRADE_UUID));
            case MAC -> { }
        }
        ToolRun.run(cmd, work.resolve("jpackage-" + type.jpackageName + ".log"));
        return packagesIn(dest, type).stream().findFirst().orElseThrow(() -> new InstallerException("jpackage reported success but wrote no ." + type.jpackageName + " into " + dest));
    }

    private List<String> common(PackageType type, Path dest) {
        return new ArrayList<>(List.of(jdk.requireTool("jpackage").toString(), "--type", type.jpackageName,
                "--name", Product.NAME, "--app-version", version, "--vendor", Product.VENDOR,
                "--description", Product.DESCRIPTION, "--dest", dest.toString()));
    }

    private static void icon(Optional<Path> png, List<String> cmd) {
        if (HostOs.current() == HostOs.LINUX) png.ifPresent(p -> cmd.addAll(List.of("--icon", p.toString())));
    }

    private static Path consoleLauncher(Path work) {
        Path props = work.resolve(Product.NAME + "-cli.properties");
        try {
            Files.createDirectories(work);
            Files.writeString(props, "win-console=true\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + props, e);
        }
        return props;
    }

    private static List<Path> packagesIn(Path dest, PackageType type) {
        if (!Files.isDirectory(dest)) return List.of();
        try (Stream<Path> files = Files.list(dest)) {
            return files.filter(p -> p.getFileName().toString().endsWith("." + type.jpackageName)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dest, e);
        }
    }
}
