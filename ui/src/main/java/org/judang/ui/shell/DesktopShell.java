package org.judang.ui.shell;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.judang.engine.Workstation;
import org.judang.ui.Feedback;
import org.judang.ui.concurrent.EngineCalls;
import org.judang.ui.concurrent.ProblemText;
import org.judang.ui.i18n.Language;
import org.judang.ui.i18n.Messages;
import org.judang.ui.settings.SettingsDialog;
import org.judang.ui.settings.Theme;
import org.judang.ui.settings.UserSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The controller of the main window: opens, creates and closes cases (on a background thread), keeps the one
 * {@link CaseWorkspace} of the open case, switches language and theme (rebuilding the views, keeping the work),
 * and shows notices and dialogs.
 */
public final class DesktopShell implements Feedback {
    public static final String STYLESHEET = Objects.requireNonNull(DesktopShell.class.getResource("/org/judang/ui/judang.css")).toExternalForm();
    private static final String ICON = "/org/judang/ui/icons/judang-64.png";

    private final Stage stage;
    private final UserSettings settings;
    private final FileDialogs files;
    private final Messages m;
    private final Notifier notifier = new Notifier();
    private final EngineCalls opening;
    private final Scene scene;
    private final Optional<String> font = FontChoice.override();
    private Theme theme;
    private CaseWorkspace workspace;
    private MainWindow window;
    private Section section = Section.HOME;
    private LocalInterfaceControl localInterface;
    /** The collection once the case just opened has settled (null before a case opens). */
    private SettledCollection settledCollection;

    /** @param files the file choosers; null for the system's own */
    public DesktopShell(Stage stage, UserSettings settings, FileDialogs files) {
        this.stage = stage;
        this.settings = settings;
        this.files = files != null ? files : new FxFileDialogs(stage);
        this.m = new Messages(settings.language());
        this.theme = settings.theme();
        this.opening = EngineCalls.forFx(e -> error(m.get("problem.title"), ProblemText.describe(e, m)));
        this.scene = new Scene(new javafx.scene.layout.StackPane(), 1440, 900);
        scene.getStylesheets().add(STYLESHEET);
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        var icon = DesktopShell.class.getResourceAsStream(ICON);
        if (icon != null) stage.getIcons().add(new Image(icon));
        stage.setOnCloseRequest(e -> closeCaseNow());
        // the window's content is built by start(): once, on the case when it is already open
    }

    /** The switch for the local HTTP interface (null: the window offers none). Set before {@link #start}. */
    public void setLocalInterface(LocalInterfaceControl control) {
        this.localInterface = control;
        if (window != null) rebuild();
    }

    /** Whether the window offers the local HTTP interface switch. */
    boolean offersLocalInterface() {
        return localInterface != null;
    }

    /** The interface's URL while it is on. */
    Optional<java.net.URI> localInterfaceUrl() {
        return localInterface == null ? Optional.empty() : localInterface.url();
    }

    /** Turns the local HTTP interface on for the open case, or off; returns its URL when on. */
    Optional<java.net.URI> toggleLocalInterface() {
        if (localInterface == null || workspace == null) return Optional.empty();
        if (localInterface.url().isPresent()) {
            localInterface.stop();
            info(m.get("interface.stopped"), "");
            return Optional.empty();
        }
        try {
            java.net.URI url = localInterface.start(workspace.session(), LocalInterfaceControl.DEFAULT_PORT);
            info(m.get("interface.started"), m.format("interface.startedText", url));
            return Optional.of(url);
        } catch (RuntimeException e) {
            error(m.get("interface.failed"), ProblemText.describe(e, m));
            return Optional.empty();
        }
    }

    /** Shows the window on {@code caseFolder}, else on the case opened last, else on the welcome screen. */
    public void start(Path caseFolder) {
        Path target = caseFolder != null ? caseFolder : settings.lastCase().orElse(null);
        // a case the launcher has already opened is shown at once: the window is built and styled once, on the case,
        // instead of first with a spinner (the first styling and fonts of a window take most of a second on a cold start)
        OpenedCase early = target == null ? null : EarlyOpen.takeOpened(target);
        if (early != null) {
            opened(early, target);
        } else {
            rebuild();
            // the case opens in the background while the window is shown
            if (target != null) openCase(target);
        }
        stage.show();
    }

    public Messages messages() { return m; }
    public Theme theme() { return theme; }
    public Notifier notifier() { return notifier; }
    public FileDialogs files() { return files; }
    public Stage stage() { return stage; }
    public Window window() { return stage; }
    public UserSettings settings() { return settings; }

    /** The open case's workspace; null on the welcome screen. */
    public CaseWorkspace workspace() { return workspace; }

    public MainWindow mainWindow() { return window; }

    public Section section() { return section; }

    // ---- cases -------------------------------------------------------------------------------------------------

    public void openCase(Path folder) {
        if (!Files.isRegularFile(folder.resolve("case.db"))) {
            error(m.get("case.openFailed"), m.format("case.notACase", folder));
            return;
        }
        Callable<OpenedCase> early = EarlyOpen.take(folder);
        load(early != null ? early : () -> OpenedCase.of(Workstation.openCase(folder)), folder);
    }

    public void createCase(Path folder, String name) {
        load(() -> OpenedCase.of(Workstation.createCase(folder, name)), folder);
    }

    private void load(Callable<OpenedCase> how, Path folder) {
        closeCaseNow();
        if (window == null) rebuild();
        window.showBusy(m.format("case.opening", folder));
        opening.call(how, session -> opened(session, folder), e -> {
            rebuild();
            error(m.get("case.openFailed"), ProblemText.describe(e, m));
        });
    }

    private void opened(OpenedCase c, Path folder) {
        settings.rememberCase(folder);
        workspace = new CaseWorkspace(c.session(), c.name(), this, m, settings);
        workspace.start();
        section = Section.ARCHIVES;
        rebuild();
        CaseWorkspace w = workspace;
        settledCollection = new SettledCollection(scene, () -> workspace == w && workDone(), System::gc);
        settledCollection.start();
    }

    /** Asks for a folder and a name, then creates the case there. */
    public void newCaseDialog() {
        files.chooseFolder(m.get("case.newFolder"), null).ifPresent(folder -> {
            TextInputDialog d = new TextInputDialog(folder.getFileName() == null ? "" : folder.getFileName().toString());
            d.setTitle(m.get("case.newTitle"));
            d.setHeaderText(m.format("case.newHeader", folder));
            d.setContentText(m.get("case.name"));
            d.getEditor().setId("new-case-name");
            d.setOnHidden(e -> {
                String name = d.getResult();
                if (name != null && !name.isBlank()) createCase(folder, name.strip());
            });
            showDialog(d);
        });
    }

    public void openCaseDialog() {
        files.chooseFolder(m.get("case.openTitle"), null).ifPresent(this::openCase);
    }

    public void closeCase() {
        closeCaseNow();
        rebuild();
    }

    private void closeCaseNow() {
        if (localInterface != null) localInterface.stop();
        if (settledCollection != null) settledCollection.cancel();
        if (workspace == null) return;
        CaseWorkspace w = workspace;
        workspace = null;
        w.close();
    }

    // ---- views -------------------------------------------------------------------------------------------------

    private void rebuild() {
        if (window != null) window.dispose();
        window = new MainWindow(this, m, workspace);
        Parent root = window;
        root.getStyleClass().add(theme.styleClass());
        font.ifPresent(f -> root.setStyle("-fx-font-family: '" + f + "';"));
        scene.setRoot(root);
        stage.setTitle(workspace == null ? m.get("app.title") : m.format("app.titleWithCase", workspace.name()));
        if (workspace != null) window.show(section);
    }

    public void show(Section s) {
        if (workspace == null) return;
        section = s;
        window.show(s);
    }

    void showArchivePage() {
        section = Section.ARCHIVES;
        window.showArchivePage();
    }

    void showArchiveGrid() {
        section = Section.ARCHIVES;
        window.showArchiveGrid();
    }

    public void settingsDialog() {
        showDialog(new SettingsDialog(stage, m, m.language(), theme, this::apply));
    }

    /** Applies a language and a theme to the whole window at once, and remembers them. */
    public void apply(Language language, Theme newTheme) {
        settings.setLanguage(language);
        settings.setTheme(newTheme);
        theme = newTheme;
        m.switchTo(language);
        rebuild();
    }

    /** Styles a dialog like the window (stylesheet, theme, font) and shows it without blocking. */
    public void showDialog(Dialog<?> d) {
        d.getDialogPane().getStylesheets().add(STYLESHEET);
        d.getDialogPane().getStyleClass().add(theme.styleClass());
        font.ifPresent(f -> d.getDialogPane().setStyle("-fx-font-family: '" + f + "';"));
        d.show();
    }

    public void toggleHelp() {
        window.toggleHelp();
    }

    // ---- notices -----------------------------------------------------------------------------------------------

    @Override
    public void info(String title, String text) {
        notifier.show(Notifier.Kind.INFO, title, text);
    }

    @Override
    public void success(String title, String text, String actionText, Runnable action) {
        notifier.show(Notifier.Kind.SUCCESS, title, text, actionText, action);
    }

    @Override
    public void error(String title, String text) {
        notifier.show(Notifier.Kind.ERROR, title, text);
    }

    /** Closes the case and the window (the menu's Quit). */
    public void quit() {
        closeCaseNow();
        opening.close();
        stage.close();
        Platform.exit();
    }

    /**
     * True when no engine call, thumbnail or task is pending and the collection after an open has run (the screenshot
     * tour and the benchmark wait for it).
     */
    public boolean idle() {
        return workDone() && (settledCollection == null || settledCollection.done());
    }

    /** No engine call, thumbnail or task pending. */
    private boolean workDone() {
        return opening.pendingProperty().get() == 0 && (workspace == null
                || (workspace.restLoaded() && workspace.calls().pendingProperty().get() == 0 && workspace.thumbnails().pendingProperty().get() == 0
                    && workspace.tasks().model().activeProperty().get() == null));
    }

    /** Used by {@link MainWindow} for the recent-cases menu. */
    void forEachRecent(Consumer<Path> each) {
        settings.recentCases().forEach(each);
    }
}
