package org.judang.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.judang.ui.ModelListeners;
import org.judang.ui.archive.ArchiveGridView;
import org.judang.ui.archivepage.ArchivePageView;
import org.judang.ui.casehome.CaseHomeView;
import org.judang.ui.casehome.WelcomeView;
import org.judang.ui.corrections.AuditLogView;
import org.judang.ui.i18n.Messages;
import org.judang.ui.settings.Theme;
import org.judang.ui.suggestions.SuggestionQueueView;
import org.judang.ui.tasks.TaskIndicator;
import org.judang.ui.tasks.TaskListView;

import java.util.EnumMap;
import java.util.Map;

/**
 * The main window's layout: the menu (every command with its shortcut), the navigation between the parts of the
 * open case with the running task always in sight, and the content with the notices and the shortcut sheet over it.
 * Built anew for a language or theme switch; the state it shows lives in the workspace.
 */
public final class MainWindow extends BorderPane {
    private final DesktopShell shell;
    private final Messages m;
    private final CaseWorkspace ws;
    private final StackPane content = new StackPane();
    private final StackPane layers;
    private final Map<Section, Node> views = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> nav = new EnumMap<>(Section.class);
    /** The shortcut sheet, built the first time it is asked for (80 labels the window need not style before). */
    private ShortcutOverlay help;
    /** Everything the views listen to on the workspace's view models, dropped when this window is replaced. */
    private final ModelListeners listeners = new ModelListeners();
    private StackPane archives;
    private ArchiveGridView gridView;
    private ArchivePageView pageView;
    /** Replaced by a new window (another language or theme): builds no more views. */
    private boolean disposed;

    MainWindow(DesktopShell shell, Messages m, CaseWorkspace ws) {
        this.shell = shell;
        this.m = m;
        this.ws = ws;
        getStyleClass().add("main-window");
        VBox top = new VBox(menu());
        if (ws != null) top.getChildren().add(navigation());
        setTop(top);
        content.getStyleClass().add("content");
        Node notices = shell.notifier().node();
        StackPane.setAlignment(notices, Pos.BOTTOM_RIGHT);
        layers = new StackPane(content, notices);
        setCenter(layers);
        if (ws == null) {
            content.getChildren().setAll(new WelcomeView(shell.settings().recentCases(), m, shell::newCaseDialog, shell::openCaseDialog, shell::openCase));
        }
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        if (ws != null) acceptDroppedBatches();
    }

    /** Batch folders and zips dragged onto the window are imported, as from the import dialog. */
    private void acceptDroppedBatches() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean any = false;
            for (java.io.File f : e.getDragboard().getFiles()) {
                if (f.isDirectory() || f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                    ws.importDropped(f.toPath());
                    any = true;
                }
            }
            e.setDropCompleted(any);
            e.consume();
        });
    }

    private MenuBar menu() {
        Menu caseMenu = new Menu(m.get("menu.case"));
        MenuItem newCase = item("menu.new", shell::newCaseDialog, new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        MenuItem open = item("menu.open", shell::openCaseDialog, new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        Menu recent = new Menu(m.get("menu.recent"));
        shell.forEachRecent(p -> recent.getItems().add(rawItem(p.toString(), () -> shell.openCase(p), null)));
        recent.setDisable(recent.getItems().isEmpty());
        MenuItem close = item("menu.close", shell::closeCase, null);
        MenuItem importItem = item("menu.import", () -> ws.importBatch(), new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        MenuItem cluster = item("menu.cluster", () -> ws.cluster(), null);
        MenuItem export = item("menu.export", () -> ws.export(), new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        MenuItem evaluate = item("menu.evaluate", () -> ws.chooseTruthFile(), null);
        MenuItem quit = item("menu.quit", shell::quit, new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        for (MenuItem i : new MenuItem[]{close, importItem, cluster, export, evaluate}) i.setDisable(ws == null);
        caseMenu.getItems().addAll(newCase, open, recent, close, new SeparatorMenuItem(), importItem, cluster, export, evaluate);
        if (shell.offersLocalInterface()) caseMenu.getItems().add(localInterfaceItem());
        caseMenu.getItems().addAll(new SeparatorMenuItem(), quit);

        Menu edit = new Menu(m.get("menu.edit"));
        MenuItem undo = item("menu.undo", () -> ws.corrections().undo(), new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        MenuItem redo = item("menu.redo", () -> ws.corrections().redo(), new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        MenuItem find = item("menu.find", this::focusSearch, new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        MenuItem byImage = item("menu.findByImage", () -> {
            shell.show(Section.ARCHIVES);
            ws.searchByImage();
        }, new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        for (MenuItem i : new MenuItem[]{undo, redo, find, byImage}) i.setDisable(ws == null);
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), find, byImage);

        Menu view = new Menu(m.get("menu.view"));
        for (Section s : Section.values()) {
            MenuItem i = item("nav." + s.name(), () -> shell.show(s), new KeyCodeCombination(s.key(), KeyCombination.SHORTCUT_DOWN));
            i.setDisable(ws == null);
            view.getItems().add(i);
        }
        CheckMenuItem dark = new CheckMenuItem(m.get("menu.dark"));
        dark.setSelected(shell.theme() == Theme.DARK);
        dark.setOnAction(e -> shell.apply(m.language(), dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        MenuItem settings = item("menu.settings", shell::settingsDialog, new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        view.getItems().addAll(new SeparatorMenuItem(), dark, settings);

        Menu helpMenu = new Menu(m.get("menu.help"));
        helpMenu.getItems().add(item("menu.shortcuts", this::toggleHelp, new KeyCodeCombination(KeyCode.F1)));
        MenuBar bar = new MenuBar(caseMenu, edit, view, helpMenu);
        bar.setId("menu-bar");
        return bar;
    }

    /** On and off for the open case; while on, it shows the URL. */
    private CheckMenuItem localInterfaceItem() {
        CheckMenuItem i = new CheckMenuItem();
        i.setId("menu-local-interface");
        i.setMnemonicParsing(false);
        java.util.function.Consumer<java.util.Optional<java.net.URI>> show = url -> {
            i.setSelected(url.isPresent());
            i.setText(url.map(u -> m.format("menu.localInterfaceOn", u)).orElse(m.get("menu.localInterface")));
        };
        show.accept(shell.localInterfaceUrl());
        i.setOnAction(e -> show.accept(shell.toggleLocalInterface()));
        i.setDisable(ws == null);
        return i;
    }

    private MenuItem item(String key, Runnable action, KeyCombination accelerator) {
        return rawItem(m.get(key), action, accelerator);
    }

    private static MenuItem rawItem(String text, Runnable action, KeyCombination accelerator) {
        MenuItem i = new MenuItem(text);
        i.setMnemonicParsing(false);
        i.setOnAction(e -> action.run());
        if (accelerator != null) i.setAccelerator(accelerator);
        return i;
    }

    private Node navigation() {
        Label caseName = new Label(ws.name());
        caseName.getStyleClass().add("nav-case");
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox(2);
        buttons.getStyleClass().add("segmented");
        for (Section s : Section.values()) {
            ToggleButton b = new ToggleButton(m.get("nav." + s.name()));
            b.setId("nav-" + s.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.setTooltip(new Tooltip("Ctrl+" + (s.ordinal() + 1)));
            b.setOnAction(e -> {
                b.setSelected(true);
                shell.show(s);
            });
            nav.put(s, b);
            buttons.getChildren().add(b);
        }
        ToggleButton sug = nav.get(Section.SUGGESTIONS);
        sug.textProperty().bind(Bindings.createStringBinding(() -> {
            long n = ws.suggestions().model().openProperty().get();
            return m.get("nav.SUGGESTIONS") + (n > 0 ? "  " + n : "");
        }, ws.suggestions().model().openProperty()));
        TaskIndicator indicator = new TaskIndicator(ws.tasks().model(), m, () -> shell.show(Section.TASKS), listeners);
        Button undo = new Button(m.get("nav.undo"));
        undo.setId("nav-undo");
        undo.setTooltip(new Tooltip("Ctrl+Z"));
        undo.setFocusTraversable(false);
        undo.setOnAction(e -> ws.corrections().undo());
        Button redo = new Button(m.get("nav.redo"));
        redo.setId("nav-redo");
        redo.setTooltip(new Tooltip("Ctrl+Shift+Z"));
        redo.setFocusTraversable(false);
        redo.setOnAction(e -> ws.corrections().redo());
        Button keys = new Button(m.get("nav.keys"));
        keys.setTooltip(new Tooltip("F1"));
        keys.setFocusTraversable(false);
        keys.setOnAction(e -> toggleHelp());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, caseName, buttons, spacer, indicator, undo, redo, keys);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("nav-bar");
        return bar;
    }

    /** Shows a part of the open case, building its view the first time. */
    void show(Section s) {
        ToggleButton b = nav.get(s);
        if (b != null) b.setSelected(true);
        if (s != Section.ARCHIVES) ws.loadRest();
        Node v = views.computeIfAbsent(s, this::build);
        content.getChildren().setAll(v);
        if (s == Section.HOME) {
            ws.home().scoreIfStale();
        } else if (s == Section.ARCHIVES) {
            if (ws.pageOpen()) showArchivePage();
            else showArchiveGrid();
        } else if (s == Section.SUGGESTIONS) {
            v.requestFocus();
        }
    }

    private Node build(Section s) {
        return switch (s) {
            case HOME -> new CaseHomeView(ws.home(), ws.tasks(), ws, m, listeners);
            case ARCHIVES -> {
                gridView = new ArchiveGridView(ws.grid(), ws, m, ws.thumbnails(), listeners);
                archives = new StackPane(gridView);
                // the rest of the case, and the archive page (a second of building on a cold start), come once the
                // grid's first page is on screen: the grid is usable sooner, and the page is ready by the time a
                // person opens an archive
                afterGridShown(() -> {
                    ws.loadRest();
                    pageView();
                });
                yield archives;
            }
            case SUGGESTIONS -> new SuggestionQueueView(ws.suggestions(), m, ws.thumbnails(), ws::openArchive, listeners);
            case TASKS -> new TaskListView(ws.tasks(), m);
            case LOG -> new AuditLogView(ws.corrections(), ws.session(), m);
        };
    }

    void showArchivePage() {
        if (archives == null || content.getChildren().isEmpty() || content.getChildren().get(0) != archives) {
            show(Section.ARCHIVES);
            return;
        }
        gridView.setVisible(false);
        pageView().setVisible(true);
        pageView.grid().requestFocus();
    }

    void showArchiveGrid() {
        if (archives == null || content.getChildren().isEmpty() || content.getChildren().get(0) != archives) {
            show(Section.ARCHIVES);
            return;
        }
        if (pageView != null) pageView.setVisible(false);
        gridView.setVisible(true);
        gridView.grid().requestFocus();
    }

    /** A spinner with a sentence while a case opens. */
    void showBusy(String text) {
        ProgressIndicator p = new ProgressIndicator();
        p.setMaxSize(48, 48);
        Label l = new Label(text);
        VBox box = new VBox(12, p, l);
        box.setAlignment(Pos.CENTER);
        content.getChildren().setAll(box);
    }

    void toggleHelp() {
        if (help == null) {
            help = new ShortcutOverlay(m, this::toggleHelp);
            help.setVisible(false);
            layers.getChildren().add(help);
        }
        help.setVisible(!help.isVisible());
        if (help.isVisible()) help.requestFocus();
    }

    private void focusSearch() {
        shell.show(Section.ARCHIVES);
        if (ws.pageOpen()) ws.back();
        Node search = lookup("#archive-search");
        if (search != null) search.requestFocus();
    }

    private void onKey(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (help != null && help.isVisible() && (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1)) {
            toggleHelp();
            e.consume();
            return;
        }
        if (!typing && e.getCode() == KeyCode.SLASH && e.isShiftDown()) {
            toggleHelp();
            e.consume();
            return;
        }
        if (ws != null && !typing && e.getCode() == KeyCode.Y && e.isShortcutDown()) {
            ws.corrections().redo();
            e.consume();
        }
    }

    /** Stops the views listening to the view models: this window is being replaced. */
    void dispose() {
        disposed = true;
        listeners.removeAll();
    }

    /** The archive grid view, once built (tests and the screenshot tour look into it). */
    public ArchiveGridView gridView() {
        return gridView;
    }

    /** The archive page view, built on first use. */
    public ArchivePageView pageView() {
        if (pageView == null && archives != null && !disposed) {
            pageView = new ArchivePageView(ws.page(), ws, m, ws.thumbnails(), listeners);
            pageView.setVisible(false);
            archives.getChildren().add(pageView);
        }
        return pageView;
    }

    /**
     * Runs {@code r} once the grid has counted, loaded its first page and shown it with its thumbnails: at the third
     * pulse in a row that finds nothing of it pending (the tiles are laid out, then their thumbnails drawn, first).
     * Not at all once this window is replaced.
     */
    private void afterGridShown(Runnable r) {
        new javafx.animation.AnimationTimer() {
            private int calm;

            @Override
            public void handle(long now) {
                if (disposed) {
                    stop();
                    return;
                }
                boolean shown = !ws.grid().model().loadingProperty().get() && ws.thumbnails().pendingProperty().get() == 0;
                calm = shown ? calm + 1 : 0;
                if (calm < 3) return;
                stop();
                r.run();
            }
        }.start();
    }
}
