package org.judang.ui.tiles;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

import java.util.function.Supplier;

/**
 * A grid of {@code count} tiles of one fixed size, as a {@link ListView} of rows with a fixed cell height: the list
 * virtualises the rows, so a grid of 100,000 tiles has nodes only for the few rows on screen. The number of columns
 * follows the width. Tiles are reused: {@link Binder} draws whatever index a tile shows now. The list's own row
 * selection is not used (the owner keeps its selection and draws it in its tiles).
 */
public final class TileGrid<T extends Region> extends ListView<Integer> {
    /** Draws the tile at {@code index} (always within the count). */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(T tile, int index);
    }

    /** Room kept for the vertical scroll bar. */
    private static final double SCROLL_BAR = 18;

    private final double tileWidth;
    private final double tileHeight;
    private final double gap;
    private final Supplier<T> tiles;
    private final Binder<T> binder;
    private final ObservableList<Integer> rows;
    private final LongProperty count = new SimpleLongProperty(0);
    private final IntegerProperty columns = new SimpleIntegerProperty(1);
    private final IntegerProperty version = new SimpleIntegerProperty(0);
    /** The rows the list made (it keeps a few; weak, should it drop some). */
    private final java.util.Set<Row> rowCells = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());
    /**
     * Lays out the tiles whose content changed. Each tile is its own layout root (unmanaged), and a list cell may
     * stay marked as needing layout between passes, which stops a tile's request from reaching the scene: the grid
     * does it itself, once a pulse, for the few tiles on screen.
     */
    private final Runnable layoutTiles = () -> {
        for (Row r : rowCells) {
            if (!r.isVisible()) continue;
            for (javafx.scene.Node t : r.box.getChildren()) {
                if (t.isVisible() && ((Region) t).isNeedsLayout()) ((Region) t).layout();
            }
        }
    };
    /** Rows scrolled through ahead of time to make the rows scrolling needs ({@link #layoutChildren}). */
    private static final int SPARE_ROWS = 2;
    private boolean spareRowsMade;
    /** Left margin of the rows: the columns sit in the middle of the width, not against its left edge. */
    private final ObjectProperty<Insets> rowPadding = new SimpleObjectProperty<>();

    public TileGrid(double tileWidth, double tileHeight, double gap, Supplier<T> tiles, Binder<T> binder) {
        this(FXCollections.observableArrayList(), tileWidth, tileHeight, gap, tiles, binder);
    }

    private TileGrid(ObservableList<Integer> rows, double tileWidth, double tileHeight, double gap, Supplier<T> tiles, Binder<T> binder) {
        super(rows);
        this.rows = rows;
        this.tileWidth = tileWidth;
        this.tileHeight = tileHeight;
        this.gap = gap;
        this.tiles = tiles;
        this.binder = binder;
        getStyleClass().add("tile-rows");
        setFixedCellSize(tileHeight + gap);
        setCellFactory(v -> {
            Row r = new Row();
            rowCells.add(r);
            return r;
        });
        // tiles are laid out on their own (see Row): after each layout pass, the ones whose content changed
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) was.removePostLayoutPulseListener(layoutTiles);
            if (now != null) now.addPostLayoutPulseListener(layoutTiles);
        });
        rowPadding.set(new Insets(gap / 2, 0, gap / 2, gap));
        widthProperty().addListener((o, a, w) -> {
            double room = w.doubleValue() - SCROLL_BAR;
            int cols = Math.max(1, (int) ((room - gap) / (tileWidth + gap)));
            columns.set(cols);
            double left = Math.max(gap, Math.floor((room - cols * tileWidth - (cols - 1) * gap) / 2));
            if (left != rowPadding.get().getLeft()) rowPadding.set(new Insets(gap / 2, 0, gap / 2, left));
        });
        columns.addListener(o -> rebuildRows());
        count.addListener(o -> rebuildRows());
    }

    public LongProperty countProperty() { return count; }

    public ReadOnlyIntegerProperty columnsProperty() { return columns; }

    /** Redraws the tiles on screen (their data, selection or marks changed). */
    public void redraw() {
        version.set(version.get() + 1);
    }

    /** Rows that fit on screen, for Page Up and Page Down. */
    public int visibleRows() {
        return Math.max(1, (int) (getHeight() / getFixedCellSize()) - 1);
    }

    /** Scrolls as little as needed to show the tile at {@code index} whole. */
    public void reveal(int index) {
        if (index < 0) return;
        int row = index / Math.max(1, columns.get());
        VirtualFlow<?> flow = (VirtualFlow<?>) lookup(".virtual-flow");
        if (flow == null) {
            scrollTo(row);
            return;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        boolean shown = first != null && last != null && row > first.getIndex() && row < last.getIndex();
        if (!shown) flow.scrollTo(row);
    }

    /**
     * After the first layout with more rows than fit: makes the rows the list needs once scrolling starts (it keeps
     * one or two more than fit on screen) by scrolling two rows down and back within one turn of the JavaFX thread, so
     * nothing of it is drawn. Each row made adds a row of tiles to the scene, and styling them the first time, in
     * code the JIT has not compiled yet, took a whole frame of 30-50 ms: without this, in the first scrolling frames.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (!spareRowsMade && getHeight() > 0 && rows.size() > visibleRows() + SPARE_ROWS + 1) {
            spareRowsMade = true;
            javafx.application.Platform.runLater(this::makeSpareRows);
        }
    }

    private void makeSpareRows() {
        if (!(lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) return;
        double moved = flow.scrollPixels(SPARE_ROWS * getFixedCellSize());
        flow.scrollPixels(-moved);
    }

    /** Scrolls the list back to the top (a new filter, another archive). */
    public void scrollToTop() {
        if (!rows.isEmpty()) scrollTo(0);
    }

    /** Adds or removes rows at the end only, so that the scroll position survives a reload. */
    private void rebuildRows() {
        int cols = Math.max(1, columns.get());
        int n = (int) ((count.get() + cols - 1) / cols);
        if (rows.size() > n) rows.remove(n, rows.size());
        else if (rows.size() < n) {
            Integer[] more = new Integer[n - rows.size()];
            for (int i = 0; i < more.length; i++) more[i] = rows.size() + i;
            rows.addAll(more);
        }
        // the same row numbers may now hold other tiles: redraw the cells there are (refresh() would recreate them)
        redraw();
    }

    private final class Row extends ListCell<Integer> {
        /**
         * The row's tiles, placed by {@link #draw} rather than by a layout pane: each tile is unmanaged, so what changes
         * inside it (new texts for the next archive) stays inside it. Were the row to need a layout after its new index,
         * the list would restyle the whole row, every node of every tile in it, for each row that scrolls in. The
         * grid lays the tiles out itself ({@code layoutTiles}).
         */
        private final Pane box = new Pane();

        Row() {
            // not a "list-cell": the stylesheets style list cells by :odd, :even, :selected and :focused, and a cell
            // whose index changes (every row that scrolls in) would then have all its tiles styled again
            getStyleClass().setAll("tile-row");
            box.setMinHeight(tileHeight + gap);
            box.setPrefHeight(tileHeight + gap);
            box.prefWidthProperty().bind(TileGrid.this.widthProperty().subtract(SCROLL_BAR));
            setGraphic(box);
            version.addListener(o -> draw());
            rowPadding.addListener(o -> draw());
        }

        @Override
        protected void updateItem(Integer row, boolean empty) {
            super.updateItem(row, empty);
            draw();
        }

        @SuppressWarnings("unchecked")
        private void draw() {
            Integer row = getItem();
            if (row == null || isEmpty()) {
                box.getChildren().clear();
                return;
            }
            int cols = Math.max(1, columns.get());
            while (box.getChildren().size() < cols) {
                T tile = tiles.get();
                tile.setManaged(false);
                tile.resize(tileWidth, tileHeight);
                box.getChildren().add(tile);
            }
            Insets pad = rowPadding.get();
            for (int c = 0; c < box.getChildren().size(); c++) {
                T tile = (T) box.getChildren().get(c);
                long index = (long) row * cols + c;
                boolean inGrid = c < cols && index < count.get();
                tile.setVisible(inGrid);
                tile.setUserData(inGrid ? (int) index : null);
                if (!inGrid) continue;
                tile.relocate(pad.getLeft() + c * (tileWidth + gap), pad.getTop());
                binder.bind(tile, (int) index);
            }
        }
    }
}
