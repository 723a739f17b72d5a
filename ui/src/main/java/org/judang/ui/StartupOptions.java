package org.judang.ui;

import javafx.application.Application;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the launcher passes to the window, as JavaFX named parameters ({@code --case=DIR}): the case to open, a
 * truth file for its quality figures, and (hidden) a folder to write the screenshot tour into.
 */
public record StartupOptions(Path caseFolder, Path truthFile, Path screenshots) {

    public static StartupOptions from(Application.Parameters p) {
        Map<String, String> named = p.getNamed();
        return new StartupOptions(path(named.get("case")), path(named.get("truth")), path(named.get("screenshots")));
    }

    private static Path path(String s) {
        return s == null || s.isBlank() ? null : Path.of(s);
    }

    /** The launcher's arguments for these options. */
    public String[] toArgs() {
        java.util.List<String> a = new java.util.ArrayList<>();
        if (caseFolder != null) a.add("--case=" + caseFolder.toAbsolutePath());
        if (truthFile != null) a.add("--truth=" + truthFile.toAbsolutePath());
        if (screenshots != null) a.add("--screenshots=" + screenshots.toAbsolutePath());
        return a.toArray(String[]::new);
    }
}
