package org.judang.ui.shell;

import org.judang.engine.CaseSession;
import javafx.application.Platform;
import org.judang.engine.archive.CorrectionEvent;
import org.judang.engine.archive.CorrectionResult;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.task.TaskInfo;
import org.judang.engine.task.TaskKind;
import org.judang.engine.task.TaskState;
import org.judang.ui.archive.ArchiveActions;
import org.judang.ui.archive.ArchiveCard;
import org.judang.ui.archive.ArchiveGridController;
import org.judang.ui.archive.ArchiveGridViewModel;
import org.judang.ui.archivepage.ArchivePageActions;
import org.judang.ui.archivepage.ArchivePageController;
import org.judang.ui.archivepage.ArchivePageViewModel;
import org.judang.ui.casehome.CaseHomeActions;
import org.judang.ui.casehome.CaseHomeController;
import org.judang.ui.casehome.CaseHomeViewModel;
import org.judang.ui.concurrent.EngineCalls;
import org.judang.ui.concurrent.ProblemText;
import org.judang.ui.corrections.ArchivePicker;
import org.judang.ui.corrections.CorrectionsController;
import org.judang.ui.corrections.MergeDialog;
import org.judang.ui.export.ExportDialog;
import org.judang.ui.i18n.Messages;
import org.judang.ui.image.ThumbnailCache;
import org.judang.ui.importing.ClusterDialog;
import org.judang.ui.importing.ImportDialog;
import org.judang.ui.settings.UserSettings;
import org.judang.ui.suggestions.SuggestionQueueController;
import org.judang.ui.suggestions.SuggestionQueueViewModel;
import org.judang.ui.tasks.TaskListController;
import org.judang.ui.tasks.TaskListViewModel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One open case: its session, the engine thread, the thumbnail cache, and the controllers and view models of every
 * part of the window. The view models outlive the views (a language switch rebuilds the views, keeping filters,
 * selection and marks). Carries out what the views ask: opening archives, merges, moves, imports, exports.
 */
public final class CaseWorkspace implements AutoCloseable, ArchiveActions, ArchivePageActions, CaseHomeActions {
    private static final int THUMBNAILS_KEPT = 800;

    private final CaseSession session;
    /** The case's name, read when it was opened. */
    private final String name;
    private final DesktopShell shell;
    private final Messages m;
    private final EngineCalls calls;
    private final ThumbnailCache thumbnails;
    private final CorrectionsController corrections;
    private final ArchiveGridController grid;
    private final ArchivePageController page;
    private final TaskListController tasks;
    private final CaseHomeController home;
    private final SuggestionQueueController suggestions;
    /** Listens to the session for corrections made through other channels (see {@link #correctedElsewhere}). */
    private final Consumer<CorrectionEvent> elsewhere;
    private final AtomicBoolean elsewherePending = new AtomicBoolean();
    private boolean pageOpen;
    private boolean restLoaded;

    CaseWorkspace(CaseSession session, String name, DesktopShell shell, Messages m, UserSettings settings) {
        this.session = session;
        this.name = name;
        this.shell = shell;
        this.m = m;
        this.calls = EngineCalls.forFx(e -> shell.error(m.get("problem.title"), ProblemText.describe(e, m)));
        this.thumbnails = new ThumbnailCache(session::imageFile, THUMBNAILS_KEPT);
        this.corrections = new CorrectionsController(session, calls, m, shell);
        this.grid = new ArchiveGridController(session, calls, new ArchiveGridViewModel());
        this.page = new ArchivePageController(session, calls, new ArchivePageViewModel(), corrections, m);
        this.tasks = new TaskListController(session, calls, new TaskListViewModel(), m, shell);
        this.home = new CaseHomeController(session, calls, new CaseHomeViewModel(), settings, m);
        this.suggestions = new SuggestionQueueController(session, calls, new SuggestionQueueViewModel(), corrections, m);
        this.elsewhere = this::correctedElsewhere;
    }

    void start() {
        corrections.onChange(this::afterCorrection);
        session.addCorrectionListener(elsewhere);
        tasks.onFinished(this::afterTask);
        page.onGone(id -> {
            if (pageOpen) back();
        });
        grid.start();
        tasks.start();
    }

    /**
     * Loads what the window does not show at first (the home's figures and import history, the record of work, the
     * merge suggestions), once: after the grid's first page is on screen, or when another part is shown before. On a
     * cold start their queries and the code they run (a second of CPU on a large case) would otherwise compete with
     * the grid's first styling for the machine's cores.
     */
    void loadRest() {
        if (restLoaded) return;
        restLoaded = true;
        refreshHome(true);
        corrections.reloadLog();
        suggestions.load();
    }

    /** Whether {@link #loadRest} has run (the window is not idle before). */
    boolean restLoaded() {
        return restLoaded;
    }

    /**
     * Corrections made through another channel (the local HTTP interface) refresh the views too; a burst of them
     * refreshes once. The window's own corrections are reported by {@link CorrectionsController}.
     */
    private void correctedElsewhere(CorrectionEvent e) {
        if (e.channel() == null || !elsewherePending.compareAndSet(false, true)) return;
        Platform.runLater(() -> {
            elsewherePending.set(false);
            afterCorrection(e.result());
            corrections.reloadLog();
        });
    }

    private void afterCorrection(CorrectionResult r) {
        grid.reload(true);
        if (pageOpen) page.reload();
        refreshHome(false); // a correction imports nothing: the batches' reports stay as they are
        suggestions.load();
    }

    private void afterTask(TaskInfo t) {
        if (t.state() != TaskState.SUCCEEDED || t.kind() == TaskKind.EXPORT) return;
        grid.reload(true);
        refreshHome(true);
        corrections.reloadLog();
        suggestions.load();
        if (pageOpen) page.reload();
        if (t.kind() == TaskKind.IMPORT) {
            grid.loadCaptureSpan();
            calls.call(() -> session.overview().unarchived(), n -> {
                if (n > 0) shell.success(m.get("import.doneTitle"), m.format("import.unarchived", n), m.get("import.clusterNow"), this::cluster);
            });
        }
    }

    /**
     * New figures for the home, and the imported batches' reports when {@code batches}; the quality figures too if the
     * home is on screen (else when it is shown next).
     */
    private void refreshHome(boolean batches) {
        if (batches) home.refresh();
        else home.refreshFigures();
        if (shell.section() == Section.HOME) home.scoreIfStale();
    }

    public CaseSession session() { return session; }
    public String name() { return name; }
    public EngineCalls calls() { return calls; }
    public ThumbnailCache thumbnails() { return thumbnails; }
    public CorrectionsController corrections() { return corrections; }
    public ArchiveGridController grid() { return grid; }
    public ArchivePageController page() { return page; }
    public TaskListController tasks() { return tasks; }
    public CaseHomeController home() { return home; }
    public SuggestionQueueController suggestions() { return suggestions; }

    public boolean pageOpen() {
        return pageOpen;
    }

    // ---- the grid ----------------------------------------------------------------------------------------------

    @Override
    public void open(ArchiveCard card) {
        openArchive(card.id());
    }

    @Override
    public void mergeMarked() {
        List<ArchiveCard> marked = new ArrayList<>(grid.model().marked().values());
        if (marked.size() < 2) {
            shell.info(m.get("merge.title"), m.get("merge.markFirst"));
            return;
        }
        showMerge(marked);
    }

    private void showMerge(List<ArchiveCard> cards) {
        MergeDialog d = new MergeDialog(shell.window(), cards, session, calls, m, thumbnails, model -> {
            String survivor = model.survivorProperty().get().id();
            List<String> ids = model.ids();
            String title = model.survivorProperty().get().title();
            corrections.run(() -> session.corrections().merge(ids, survivor), r -> m.format("done.merge", ids.size() - 1, title), r -> {
                grid.model().marked().clear();
                if (pageOpen) page.open(survivor);
            });
        });
        shell.showDialog(d);
    }

    @Override
    public void confirm(ArchiveCard card) {
        if (card.archive().status() == ArchiveStatus.CONFIRMED) {
            shell.info(m.get("corrections.title"), m.format("done.alreadyConfirmed", card.title()));
            return;
        }
        corrections.run(() -> session.corrections().confirm(card.id()), r -> m.format("done.confirm", card.title()), null);
    }

    @Override
    public void searchByImage() {
        shell.files().chooseFile(m.get("imageSearch.choose"), m.get("imageSearch.filter"), "*.json").ifPresent(grid::searchByImage);
    }

    @Override
    public void hide(ArchiveCard card) {
        if (card.archive().status() == ArchiveStatus.HIDDEN) {
            corrections.run(() -> session.corrections().setStatus(card.id(), ArchiveStatus.AUTOMATIC), r -> m.format("done.unhide", card.title()), null);
            return;
        }
        corrections.run(() -> session.corrections().setStatus(card.id(), ArchiveStatus.HIDDEN), r -> m.format("done.hide", card.title()), null);
    }

    // ---- the archive page --------------------------------------------------------------------------------------

    @Override
    public void openArchive(String archiveId) {
        pageOpen = true;
        page.open(archiveId);
        shell.showArchivePage();
    }

    @Override
    public void back() {
        pageOpen = false;
        shell.showArchiveGrid();
    }

    @Override
    public void next() {
        step(1);
    }

    @Override
    public void previous() {
        step(-1);
    }

    /**
     * The archive after (or before) the one shown, in the grid's order. When the one shown has left the grid (hidden,
     * merged away), the archive now at its place is the next one.
     */
    private void step(int delta) {
        Archive current = page.model().archiveProperty().get();
        int at = Math.max(0, grid.model().selectedIndexProperty().get());
        grid.withCard(at, c -> {
            boolean stillThere = current != null && c.id().equals(current.id());
            int target = stillThere || delta < 0 ? at + delta : at;
            if (target < 0 || target >= grid.model().countProperty().get()) {
                shell.info(m.get("page.endTitle"), m.get(delta > 0 ? "page.lastArchive" : "page.firstArchive"));
                return;
            }
            grid.withCard(target, t -> {
                grid.model().select(target);
                page.open(t.id());
            });
        });
    }

    @Override
    public void mergeWith(Archive current) {
        if (current == null) return;
        List<ArchiveCard> marked = grid.model().marked().values().stream().filter(c -> !c.id().equals(current.id()) && c.archive().kind() == current.kind()).toList();
        if (!marked.isEmpty()) {
            loadCard(current.id(), c -> {
                List<ArchiveCard> all = new ArrayList<>();
                all.add(c);
                all.addAll(marked);
                showMerge(all);
            });
            return;
        }
        pickArchive(current, "picker.mergeTitle", other -> loadCard(current.id(), c -> loadCard(other, o -> showMerge(List.of(c, o)))));
    }

    @Override
    public void pickArchive(Archive current, Consumer<String> chosen) {
        pickArchive(current, "picker.moveTitle", chosen);
    }

    private void pickArchive(Archive current, String titleKey, Consumer<String> chosen) {
        shell.showDialog(new ArchivePicker(shell.window(), titleKey, current, grid.model().marked().values(), session, calls, m, thumbnails,
                c -> chosen.accept(c.id())));
    }

    private void loadCard(String archiveId, Consumer<ArchiveCard> then) {
        calls.call(() -> session.archive(archiveId).map(a -> ArchiveCard.of(session, a)), c -> c.ifPresent(then));
    }

    // ---- the case home -----------------------------------------------------------------------------------------

    @Override
    public void importBatch() {
        shell.showDialog(new ImportDialog(shell.window(), m, shell.files(), path -> calls.call(() -> session.startImport(path),
                t -> shell.info(m.get("import.startedTitle"), m.format("import.started", path.getFileName())))));
    }

    /** A batch dropped on the window: imported at once (the person already chose it by dragging it). */
    void importDropped(java.nio.file.Path batch) {
        calls.call(() -> session.startImport(batch), t -> shell.info(m.get("import.startedTitle"), m.format("import.started", batch.getFileName())));
    }

    @Override
    public void cluster() {
        shell.showDialog(new ClusterDialog(shell.window(), session, calls, m, options -> calls.call(() -> session.startCluster(options),
                t -> shell.info(m.get("cluster.startedTitle"), m.get("cluster.started")))));
    }

    @Override
    public void export() {
        // the case's earlier exports are read off the FX thread; the dialog offers a delta since any of them
        calls.call(session::exports, earlier -> shell.showDialog(new ExportDialog(shell.window(), session.folder().resolve("exports")
                .resolve("archives-" + org.judang.engine.model.CaseTime.format(org.judang.engine.model.CaseTime.now())), m, shell.files(), earlier,
                (out, options) -> calls.call(() -> session.startExport(out, options),
                        t -> shell.info(m.get("export.startedTitle"), m.format("export.started", out))))));
    }

    @Override
    public void chooseTruthFile() {
        shell.files().chooseFile(m.get("home.chooseTruth"), m.get("home.truthFilter"), "*.tsv", "*.txt", "*.csv").ifPresent(home::evaluate);
    }

    @Override
    public void close() {
        session.removeCorrectionListener(elsewhere);
        tasks.close();
        thumbnails.close();
        // the case closes on the engine thread, after the calls still queued for it
        calls.closeAfter(session::close, 60);
    }
}
