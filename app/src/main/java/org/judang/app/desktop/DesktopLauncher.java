package org.judang.app.desktop;

import javafx.application.Application;
import org.judang.ui.StartupOptions;
import org.judang.ui.WorkstationApp;
import org.judang.ui.settings.UserSettings;
import org.judang.ui.shell.EarlyOpen;

import java.nio.file.Path;

/** Opens the workstation's window, with the switch for the local HTTP interface, and returns when the person closes it. */
public final class DesktopLauncher {
    /**
     * JavaFX warns on every start that it runs from the class path (the shaded jar), which is how this program is
     * meant to run; held so the setting is not garbage-collected with the logger.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private DesktopLauncher() {}

    /**
     * Whether a window can be shown: on Linux and other X11/Wayland systems only with a display set; Windows and
     * macOS always have one.
     */
    public static boolean displayAvailable() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) return true;
        if (Boolean.getBoolean("java.awt.headless") && System.getProperty("glass.platform") == null) return false;
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    /**
     * Shows the window on a case (null: the case opened last, else the welcome screen), with a truth file for its
     * quality figures (may be null), writing the screenshot tour to {@code screenshots} when given. Blocks until the
     * window closes.
     */
    public static void open(Path caseFolder, Path truthFile, Path screenshots) {
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        WorkstationApp.useLocalInterface(new InterfaceSwitch());
        // the case the window will show opens while the JavaFX toolkit starts
        EarlyOpen.begin(caseFolder != null ? caseFolder : UserSettings.forUser().lastCase().orElse(null));
        Application.launch(WorkstationApp.class, new StartupOptions(caseFolder, truthFile, screenshots).toArgs());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
