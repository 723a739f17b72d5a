package org.judang.app.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the bundled sample case: next to the working folder, or next to the program's jar. */
final class SampleLocation {
    private SampleLocation() {}

    static Path find() {
        Path cwd = Path.of("sample-cases", "demo");
        if (Files.isDirectory(cwd)) return cwd;
        try {
            Path jar = Path.of(SampleLocation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                Path candidate = p.resolve("sample-cases").resolve("demo");
                if (Files.isDirectory(candidate)) return candidate;
            }
        } catch (URISyntaxException | SecurityException e) {
            // fall through to the default, which the caller reports as missing
        }
        return cwd;
    }
}
