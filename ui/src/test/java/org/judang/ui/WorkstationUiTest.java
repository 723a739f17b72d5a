package org.judang.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.judang.engine.CaseSession;
import org.judang.ui.i18n.Language;
import org.judang.ui.settings.Theme;
import org.judang.ui.settings.UserSettings;
import org.judang.ui.shell.CaseWorkspace;
import org.judang.ui.shell.DesktopShell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * A real workstation window (headless, Monocle) per test, with settings of its own (English, light theme, no recent
 * cases) and scripted file choosers. Helpers wait for conditions on the JavaFX thread, never for a fixed time.
 */
public abstract class WorkstationUiTest extends FxRobot {
    protected static final long WAIT_SECONDS = FxWait.WAIT_SECONDS;

    protected DesktopShell shell;
    protected final ScriptedFileDialogs files = new ScriptedFileDialogs();
    private Preferences prefs;

    @BeforeEach
    void startWindow() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        prefs = Preferences.userRoot().node("org/judang/test/" + UUID.randomUUID());
        UserSettings settings = new UserSettings(prefs);
        settings.setLanguage(Language.ENGLISH);
        settings.setTheme(Theme.LIGHT);
        FxToolkit.setupStage((Stage stage) -> {
            shell = new DesktopShell(stage, settings, files);
            stage.setWidth(1280);
            stage.setHeight(860);
            shell.start(null);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws Exception {
        onFx(() -> {
            if (shell != null) shell.closeCase();
            return null;
        });
        FxToolkit.cleanupStages();
        try {
            prefs.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // a test node that cannot be removed is left behind in the test user's preferences; harmless
        }
    }

    /** Runs on the JavaFX thread and returns the result. */
    protected static <T> T onFx(Callable<T> c) {
        return FxWait.onFx(c);
    }

    /** Waits until the condition, checked on the JavaFX thread, holds. */
    protected static void until(String what, BooleanSupplier condition) {
        FxWait.until(what, condition);
    }

    /** Opens a case through the shell as the Open menu would, and waits for its grid to be counted. */
    protected CaseWorkspace openCase(java.nio.file.Path folder) {
        Platform.runLater(() -> shell.openCase(folder));
        until("the case is open and idle", () -> shell.workspace() != null && shell.idle());
        return shell.workspace();
    }

    protected CaseSession session() {
        return shell.workspace().session();
    }

    protected String text(String query) {
        Node n = lookup(query).query();
        return onFx(() -> ((Labeled) n).getText());
    }

    /** Clicks the archive's tile in the grid (it must be on screen). */
    protected void clickTile(String archiveId, boolean withShortcut) {
        javafx.scene.Node tile = lookup(".archive-tile").match((org.judang.ui.archive.ArchiveTile t) -> t.isVisible() && t.card() != null
                && t.card().id().equals(archiveId)).query();
        if (withShortcut) press(javafx.scene.input.KeyCode.CONTROL);
        clickOn(tile);
        if (withShortcut) release(javafx.scene.input.KeyCode.CONTROL);
    }

    /** Closes the notices in the window's corner with their × buttons. */
    protected void dismissNotices() {
        for (javafx.scene.Node close : lookup(".notification-close").queryAll()) clickOn(close);
    }

    protected void waitIdle() {
        until("the workstation is idle", () -> shell.idle());
    }
}
