package org.judang.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.judang.ui.screenshots.ScreenshotTour;
import org.judang.ui.settings.UserSettings;
import org.judang.ui.shell.DesktopShell;
import org.judang.ui.shell.LocalInterfaceControl;

/**
 * The JavaFX application: one main window over the case given, else the case opened last, else the welcome screen.
 * Started by the app module's launcher, which is not itself an {@code Application} (so the shaded jar starts from a
 * plain class path).
 */
public final class WorkstationApp extends Application {
    /** Set by the launcher before the application starts (JavaFX makes this class itself, so it cannot be passed in). */
    private static volatile LocalInterfaceControl localInterface;

    /** The switch for the local HTTP interface; without one, the window offers no such switch. */
    public static void useLocalInterface(LocalInterfaceControl control) {
        localInterface = control;
    }

    @Override
    public void start(Stage stage) {
        StartupOptions options = StartupOptions.from(getParameters());
        UserSettings settings = UserSettings.forUser();
        if (options.truthFile() != null && options.caseFolder() != null) settings.setTruthFile(options.caseFolder(), options.truthFile());
        DesktopShell shell = new DesktopShell(stage, settings, null);
        shell.setLocalInterface(localInterface);
        shell.start(options.caseFolder());
        if (options.screenshots() != null) new ScreenshotTour(shell, options.screenshots()).run();
    }
}
