package org.judang.ui.archive;

import org.judang.engine.ArchiveFilter;
import org.judang.engine.CaseSession;
import org.judang.ui.concurrent.EngineCalls;

import java.util.List;
import java.util.Optional;

/**
 * Feeds the archive grid: counts the archives matching the filter and loads pages of them (with their covers'
 * crops) on the engine thread as the grid asks for them. Any change to the filter starts a new generation, and
 * answers for an older one are dropped.
 */
public final class ArchiveGridController {
    private final CaseSession session;
    private final EngineCalls calls;
    private final ArchiveGridViewModel model;

    public ArchiveGridController(CaseSession session, EngineCalls calls, ArchiveGridViewModel model) {
        this.session = session;
        this.calls = calls;
        this.model = model;
        // one reload per change of what the filter says (a preset moves three fields at once)
        model.filterBinding().addListener((o, before, now) -> reload(false));
    }

    public ArchiveGridViewModel model() {
        return model;
    }

    /** Loads the first page, then the cameras and the case's time span for the filter (the grid is usable first). */
    public void start() {
        reload(false);
        calls.call(session::cameras, model.cameras()::setAll);
        loadCaptureSpan();
    }

    /** The case's first and last capture, for the quick time ranges (again after an import). */
    public void loadCaptureSpan() {
        calls.call(session::captureSpan, span -> model.captureSpanProperty().set(span.orElse(null)));
    }

    /**
     * Counts again and drops loaded pages. After a correction the selection stays at its position (the person goes on
     * where they were); after a new filter it goes to the first tile.
     */
    public void reload(boolean keepSelection) {
        int gen = model.invalidate();
        ArchiveFilter filter = model.filter();
        int keep = model.selectedIndexProperty().get();
        int firstPage = keepSelection && keep > 0 ? keep / model.pageSize() : 0;
        model.loadingProperty().set(true);
        // the count and the page on screen in one call: the grid is usable as soon as it returns
        model.needsPage(firstPage);
        calls.call(() -> {
            long n = session.countArchives(filter);
            return new Counted(n, n > (long) firstPage * model.pageSize() ? loadPage(filter, firstPage) : List.of());
        }, c -> {
            if (gen != model.generation()) return;
            model.countProperty().set(c.count());
            model.loadingProperty().set(false);
            model.putPage(gen, firstPage, c.page());
            if (keepSelection) model.select(keep);
            else model.select(0);
        }, e -> {
            model.pageFailed(gen, firstPage);
            model.loadingProperty().set(false);
            calls.reportError(e);
        });
    }

    private record Counted(long count, List<ArchiveCard> page) {}

    /**
     * The card at a position, or empty while its page loads (the grid redraws when it arrives). A position in the
     * second half of its page asks for the pages on either side too, so that scrolling on finds them loaded.
     */
    public Optional<ArchiveCard> cardAt(int index) {
        if (index < 0 || index >= model.countProperty().get()) return Optional.empty();
        int page = index / model.pageSize();
        Optional<ArchiveCard> c = model.loaded(index);
        if (c.isEmpty()) ensurePage(page);
        if (index % model.pageSize() >= model.pageSize() / 2) ensurePage(page + 1);
        else if (page > 0) ensurePage(page - 1);
        return c;
    }

    private void ensurePage(int page) {
        if ((long) page * model.pageSize() >= model.countProperty().get() || !model.needsPage(page)) return;
        int gen = model.generation();
        ArchiveFilter filter = model.filter();
        calls.call(() -> loadPage(filter, page), cards -> model.putPage(gen, page, cards), e -> model.pageFailed(gen, page));
    }

    /** Runs {@code action} with the card at a position once its page is loaded (next and previous on the archive page). */
    public void withCard(int index, java.util.function.Consumer<ArchiveCard> action) {
        Optional<ArchiveCard> c = model.loaded(index);
        if (c.isPresent()) {
            action.accept(c.get());
            return;
        }
        if (index < 0 || index >= model.countProperty().get()) return;
        int gen = model.generation();
        int page = index / model.pageSize();
        ArchiveFilter filter = model.filter();
        calls.call(() -> loadPage(filter, page), cards -> {
            model.putPage(gen, page, cards);
            model.loaded(index).ifPresent(action);
        });
    }

    private List<ArchiveCard> loadPage(ArchiveFilter filter, int page) {
        return ArchiveCard.of(session, session.archives(filter, page * model.pageSize(), model.pageSize()));
    }
}
