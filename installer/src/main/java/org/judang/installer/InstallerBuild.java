package org.judang.installer;

import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * Entry point of the {@code installer} Maven profile (and of this module's test): builds the app image and the
 * installers from {@code --name value} options (see {@link BuildSettings#USAGE}). A failure is one line and exit 1.
 */
public final class InstallerBuild {
    private InstallerBuild() {}

    public static void main(String[] args) {
        try {
            build(System.out, args);
        } catch (InstallerException e) {
            System.err.println("installer: " + e.getMessage());
            System.exit(1);
        } catch (UncheckedIOException e) {
            System.err.println("installer: " + e.getMessage() + ": " + e.getCause().getMessage());
            System.exit(1);
        }
    }

    static BuildResult build(PrintStream log, String... args) {
        return new Installer(BuildSettings.parse(args), log).build();
    }
}
