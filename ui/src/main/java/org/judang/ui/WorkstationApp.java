package org.judang.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.judang.ui.screenshots.ScreenshotTour;
import org.judang.ui.settings.UserSettings;
import org.judang.ui.shell.DesktopShell;

/**
 * The JavaFX application: one main window over the case given, else the case opened last, else the welcome screen.
 * Started by the app module's launcher, which is not itself an {@code Application} (so the shaded jar starts from a
 * plain class path).
 */
public final class WorkstationApp extends Application {

    @Override
    public void start(Stage stage) {
        StartupOptions options = StartupOptions.from(getParameters());
        UserSettings settings = UserSettings.forUser();
        if (options.truthFile() != null && options.caseFolder() != null) settings.setTruthFile(options.caseFolder(), options.truthFile());
        DesktopShell shell = new DesktopShell(stage, settings, null);
        shell.start(options.caseFolder());
        if (options.screenshots() != null) new ScreenshotTour(shell, options.screenshots()).run();
    }
}
