package org.judang.ui.archive;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.judang.engine.ArchiveFilter;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.Camera;
import org.judang.engine.model.TimeSpan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state of the archive grid, without any node: the filter as the person set it, how many archives match, the
 * pages loaded so far (a bounded cache: a grid of 100,000 archives holds only the pages near what is on screen),
 * the selected tile and the archives marked for a merge. Lives on the JavaFX thread; tests drive it without a window.
 */
public final class ArchiveGridViewModel {
    static final int PAGE_SIZE = 120;
    /** One-off passers-by (a single capture) are hidden until the person asks for them. */
    public static final int DEFAULT_MIN_SIZE = 2;
    private static final int MAX_PAGES = 60;

    private final ObjectProperty<ArchiveKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<ArchiveStatus> status = new SimpleObjectProperty<>();
    private final IntegerProperty minSize = new SimpleIntegerProperty(DEFAULT_MIN_SIZE);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Camera> camera = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    /** A quick range counted back from the case's last capture; null when the person picked dates of their own. */
    private final ObjectProperty<TimePreset> timePreset = new SimpleObjectProperty<>(TimePreset.WHOLE_CASE);
    /** The case's first and last capture; null until known or when no record has a time. */
    private final ObjectProperty<TimeSpan> captureSpan = new SimpleObjectProperty<>();
    private boolean applyingPreset;
    /** True: only archives matched to a known person; false: only the others; null: both. */
    private final ObjectProperty<Boolean> realName = new SimpleObjectProperty<>();
    /** A search by image the grid shows, best match first; null when there is none. */
    private final ObjectProperty<ImageSearch> imageSearch = new SimpleObjectProperty<>();

    private final LongProperty count = new SimpleLongProperty(0);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final IntegerProperty columns = new SimpleIntegerProperty(1);
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(-1);
    /** Bumped whenever loaded data changes, so visible tiles redraw. */
    private final IntegerProperty dataVersion = new SimpleIntegerProperty(0);
    private final ObservableMap<String, ArchiveCard> marked = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableList<Camera> cameras = FXCollections.observableArrayList();

    private final Map<Integer, List<ArchiveCard>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<ArchiveCard>> eldest) {
            return size() > MAX_PAGES;
        }
    };
    private final Set<Integer> requested = new HashSet<>();
    private final ObjectBinding<ArchiveFilter> filter;
    private final int pageSize;
    private int generation;

    public ArchiveGridViewModel() {
        this(PAGE_SIZE);
    }

    /** @param pageSize archives loaded at a time (tests use small pages to see paging on a small case) */
    public ArchiveGridViewModel(int pageSize) {
        this.pageSize = pageSize;
        // change listeners, not invalidation ones: the filter does not read the dates while a preset is on
        // a new import may move the last capture: a preset follows it
        captureSpan.addListener((o, a, b) -> {
            if (timePreset.get() != null) applyPreset(timePreset.get());
        });
        from.addListener((o, a, b) -> datesPicked());
        to.addListener((o, a, b) -> datesPicked());
        filter = Bindings.createObjectBinding(this::filter, kind, status, minSize, search, camera, from, to, realName, timePreset, captureSpan,
                imageSearch);
    }

    /** Dates the person picks replace the preset; clearing both is the whole case again. */
    private void datesPicked() {
        if (!applyingPreset) timePreset.set(from.get() == null && to.get() == null ? TimePreset.WHOLE_CASE : null);
    }

    /**
     * Filters by a quick range: the date fields show the days it covers (the range itself is to the second), and
     * picking a date afterwards makes it a range of the person's own.
     */
    public void applyPreset(TimePreset preset) {
        TimeSpan range = preset == null || captureSpan.get() == null ? null : preset.range(captureSpan.get());
        applyingPreset = true;
        try {
            timePreset.set(preset == null ? TimePreset.WHOLE_CASE : preset);
            from.set(range == null ? null : LocalDateTime.ofEpochSecond(range.first(), 0, ZoneOffset.UTC).toLocalDate());
            to.set(range == null ? null : LocalDateTime.ofEpochSecond(range.last(), 0, ZoneOffset.UTC).toLocalDate());
        } finally {
            applyingPreset = false;
        }
    }

    /** The time range the grid is filtered by, in case time; null when it is not. */
    public TimeSpan timeRange() {
        TimePreset preset = timePreset.get();
        if (preset != null) return captureSpan.get() == null ? null : preset.range(captureSpan.get());
        Long start = from.get() == null ? null : from.get().atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        Long end = to.get() == null ? null : to.get().plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) - 1;
        if (start == null && end == null) return null;
        return new TimeSpan(start == null ? Long.MIN_VALUE : start, end == null ? Long.MAX_VALUE : end);
    }

    public int pageSize() {
        return pageSize;
    }

    public ArchiveFilter filter() {
        ArchiveFilter f = ArchiveFilter.all().withKind(kind.get()).withMinSize(Math.max(1, minSize.get())).withStatus(status.get());
        String text = search.get();
        if (text != null && !text.isBlank()) f = f.withText(text.trim());
        if (camera.get() != null) f = f.withDevice(camera.get().apeId());
        TimeSpan range = timeRange();
        if (range != null) {
            f = f.withTimeRange(range.first() == Long.MIN_VALUE ? null : range.first(), range.last() == Long.MAX_VALUE ? null : range.last());
        }
        f = f.withRealName(realName.get());
        ImageSearch byImage = imageSearch.get();
        return byImage == null ? f : f.withIds(new java.util.LinkedHashSet<>(byImage.ranked()));
    }

    /** Each archive's similarity in the search by image the grid shows; null when there is none. */
    public Map<String, Double> similarity() {
        ImageSearch byImage = imageSearch.get();
        return byImage == null ? null : byImage.similarity();
    }

    /** The archives of the search by image, best first, when the grid shows one; else null (the filter's own order). */
    public List<String> ranked() {
        ImageSearch byImage = imageSearch.get();
        return byImage == null ? null : byImage.ranked();
    }

    /** Forgets every loaded page (the filter or the case changed); returns the new generation. */
    int invalidate() {
        pages.clear();
        requested.clear();
        return ++generation;
    }

    int generation() {
        return generation;
    }

    /** The card at a grid position if its page is loaded. */
    public Optional<ArchiveCard> loaded(int index) {
        if (index < 0 || index >= count.get()) return Optional.empty();
        List<ArchiveCard> page = pages.get(index / pageSize);
        int i = index % pageSize;
        return page == null || i >= page.size() ? Optional.empty() : Optional.of(page.get(i));
    }

    /** True when the page is neither loaded nor asked for; marks it as asked for. */
    boolean needsPage(int page) {
        if (pages.containsKey(page)) return false;
        return requested.add(page);
    }

    void putPage(int gen, int page, List<ArchiveCard> cards) {
        if (gen != generation) return;
        requested.remove(page);
        pages.put(page, cards);
        dataVersion.set(dataVersion.get() + 1);
    }

    void pageFailed(int gen, int page) {
        if (gen == generation) requested.remove(page);
    }

    public Optional<ArchiveCard> selected() {
        return loaded(selectedIndex.get());
    }

    /** Moves the selection by {@code delta} tiles, staying inside the grid. */
    public void moveSelection(int delta) {
        if (count.get() == 0) {
            selectedIndex.set(-1);
            return;
        }
        int cur = selectedIndex.get() < 0 ? 0 : selectedIndex.get() + delta;
        selectedIndex.set((int) Math.max(0, Math.min(count.get() - 1, cur)));
    }

    public void select(int index) {
        selectedIndex.set(count.get() == 0 ? -1 : (int) Math.max(0, Math.min(count.get() - 1, index)));
    }

    /** Marks or unmarks the archive for a merge. */
    public void toggleMark(ArchiveCard card) {
        if (marked.containsKey(card.id())) marked.remove(card.id());
        else marked.put(card.id(), card);
    }

    public ObjectProperty<ArchiveKind> kindProperty() { return kind; }
    public ObjectProperty<ArchiveStatus> statusProperty() { return status; }
    public IntegerProperty minSizeProperty() { return minSize; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<Camera> cameraProperty() { return camera; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObjectProperty<Boolean> realNameProperty() { return realName; }
    public ObjectProperty<ImageSearch> imageSearchProperty() { return imageSearch; }
    public ReadOnlyObjectProperty<TimePreset> timePresetProperty() { return timePreset; }
    public ObjectProperty<TimeSpan> captureSpanProperty() { return captureSpan; }
    /** The filter as the person set it now; changes only when it says something else. */
    public ObjectBinding<ArchiveFilter> filterBinding() { return filter; }
    public LongProperty countProperty() { return count; }
    public BooleanProperty loadingProperty() { return loading; }
    public IntegerProperty columnsProperty() { return columns; }
    public IntegerProperty selectedIndexProperty() { return selectedIndex; }
    public IntegerProperty dataVersionProperty() { return dataVersion; }
    public ObservableMap<String, ArchiveCard> marked() { return marked; }
    public ObservableList<Camera> cameras() { return cameras; }
}
