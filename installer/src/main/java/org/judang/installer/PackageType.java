package org.judang.installer;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What jpackage makes: the app image (a folder that runs as is) or one of the platforms' installers built from it. */
enum PackageType {
    APP_IMAGE("app-image", List.of()),
    DEB("deb", List.of("fakeroot", "dpkg-deb")),
    RPM("rpm", List.of("rpmbuild")),
    MSI("msi", List.of()),
    EXE("exe", List.of()),
    DMG("dmg", List.of()),
    PKG("pkg", List.of());

    final String jpackageName;
    /** Programs jpackage runs for this type that a system may lack (WiX on Windows is checked by jpackage itself). */
    private final List<String> neededPrograms;

    PackageType(String jpackageName, List<String> neededPrograms) {
        this.jpackageName = jpackageName;
        this.neededPrograms = neededPrograms;
    }

    static PackageType named(String name) {
        for (PackageType t : values()) if (t.jpackageName.equals(name)) return t;
        throw new InstallerException("Unknown package type '" + name + "'; use app-image, deb, rpm, msi, exe, dmg or pkg (or auto).");
    }

    /** "auto": the app image and the usual installer of the system the build runs on. */
    static List<PackageType> parse(String list) {
        if (list.equals("auto")) {
            return switch (HostOs.current()) {
                case LINUX -> List.of(APP_IMAGE, DEB);
                case WINDOWS -> List.of(APP_IMAGE, MSI);
                case MAC -> List.of(APP_IMAGE, DMG);
            };
        }
        return java.util.Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(PackageType::named).distinct().toList();
    }

    /** The first program this type needs that is not on the PATH, if any. */
    Optional<String> missingProgram() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return neededPrograms.stream()
                .filter(p -> java.util.Arrays.stream(path.split(File.pathSeparator)).noneMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, p))))
                .findFirst();
    }
}
