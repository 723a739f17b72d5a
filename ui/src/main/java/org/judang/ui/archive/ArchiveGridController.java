package org.judang.ui.archive;

import javafx.scene.image.Image;
import org.judang.engine.ArchiveFilter;
import org.judang.engine.CaseSession;
import org.judang.engine.archive.ArchiveMatch;
import org.judang.engine.ingest.ProbeFile;
import org.judang.ui.concurrent.EngineCalls;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Feeds the archive grid: counts the archives matching the filter and loads pages of them (with their covers'
 * crops) on the engine thread as the grid asks for them. Any change to the filter starts a new generation, and
 * answers for an older one are dropped.
 */
public final class ArchiveGridController {
    /** Pixels the search bar's picture of the capture is decoded at (shown at half that, sharp on a 2× screen). */
    private static final int PICTURE_SIZE = 80;

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
        List<String> ranked = model.ranked();
        Map<String, Double> similarity = model.similarity();
        int keep = model.selectedIndexProperty().get();
        int firstPage = keepSelection && keep > 0 ? keep / model.pageSize() : 0;
        model.loadingProperty().set(true);
        // the count and the page on screen in one call: the grid is usable as soon as it returns
        model.needsPage(firstPage);
        calls.call(() -> {
            long n = session.countArchives(filter);
            return new Counted(n, n > (long) firstPage * model.pageSize() ? loadPage(filter, ranked, similarity, firstPage) : List.of());
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
        List<String> ranked = model.ranked();
        Map<String, Double> similarity = model.similarity();
        calls.call(() -> loadPage(filter, ranked, similarity, page), cards -> model.putPage(gen, page, cards), e -> model.pageFailed(gen, page));
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
        List<String> ranked = model.ranked();
        Map<String, Double> similarity = model.similarity();
        calls.call(() -> loadPage(filter, ranked, similarity, page), cards -> {
            model.putPage(gen, page, cards);
            model.loaded(index).ifPresent(action);
        });
    }

    /** A page of the archives matching the filter: in the filter's order, or best first for a search by image. */
    private List<ArchiveCard> loadPage(ArchiveFilter filter, List<String> ranked, Map<String, Double> similarity, int page) {
        if (ranked == null) return ArchiveCard.of(session, session.archives(filter, page * model.pageSize(), model.pageSize()));
        return ArchiveCard.of(session, session.archivesRanked(filter, ranked, page * model.pageSize(), model.pageSize())).stream()
                .map(c -> c.withSimilarity(similarity.get(c.id()))).toList();
    }

    /**
     * Search by image (以图搜档) with the captures of a file (read on the engine thread; a file that cannot be searched
     * with is reported): the grid shows the archives like any of them, best first, under the other filters, until the
     * search is cleared.
     */
    public void searchByImage(Path file) {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        calls.call(() -> {
            ProbeFile.Contents c = session.probesIn(file);
            byte[] crop = c.probes().stream().map(ProbeFile.Probe::crop).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            Image picture = crop == null ? null : new Image(new ByteArrayInputStream(crop), PICTURE_SIZE, PICTURE_SIZE, true, true);
            return search(source, c.probes(), c.skipped(), ImageSearch.DEFAULT_THRESHOLD, picture);
        }, model.imageSearchProperty()::set);
    }

    /** The shown search by image again, with another lowest similarity. */
    public void changeImageThreshold(double threshold) {
        ImageSearch now = model.imageSearchProperty().get();
        if (now == null || now.threshold() == threshold) return;
        calls.call(() -> search(now.source(), now.probes(), now.skipped(), threshold, now.picture()), s -> {
            if (model.imageSearchProperty().get() != null) model.imageSearchProperty().set(s);
        });
    }

    public void clearImageSearch() {
        model.imageSearchProperty().set(null);
    }

    private ImageSearch search(String source, List<ProbeFile.Probe> probes, List<String> skipped, double threshold, Image picture) {
        List<ArchiveMatch> found = session.searchByProbes(probes, threshold, ImageSearch.LIMIT);
        Map<String, Double> similarity = new HashMap<>();
        for (ArchiveMatch match : found) similarity.put(match.archive().id(), match.similarity());
        return new ImageSearch(source, probes, skipped, threshold, found.stream().map(x -> x.archive().id()).toList(), similarity, picture);
    }
}
