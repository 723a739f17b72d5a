package org.judang.app.cli;

import org.judang.app.desktop.DesktopLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code judang open DIR}: the desktop window on a case. */
@Command(name = "open", description = "Open the workstation's window on a case.", mixinStandardHelpOptions = true)
final class OpenCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "DIR", description = "The case folder.") Path dir;
    @Option(names = "--truth", paramLabel = "FILE", description = "A truth file (record ID and label) for the case's quality figures.") Path truth;
    @Option(names = "--screenshots", paramLabel = "DIR", hidden = true, description = "Walk the main screens, write a PNG of each into DIR, and quit.")
    Path screenshots;

    @Override
    public void run() {
        if (!Files.isRegularFile(dir.resolve("case.db"))) throw new UserException(dir + " is not a case folder (it has no case.db).");
        if (!DesktopLauncher.displayAvailable()) {
            throw new UserException("No display to open a window on (DISPLAY is not set). Run it on a desktop, or use the command line: judang --help");
        }
        DesktopLauncher.open(dir, truth, screenshots);
    }
}
