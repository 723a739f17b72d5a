package org.judang.ui.archive;

import javafx.collections.MapChangeListener;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import org.judang.ui.ModelListeners;
import org.judang.ui.i18n.Messages;
import org.judang.ui.image.ThumbnailCache;
import org.judang.ui.tiles.TileGrid;

/**
 * The archive grid: the filter bar over a {@link TileGrid} of {@link ArchiveTile}s. Selection, marks and data live
 * in the {@link ArchiveGridViewModel}; this view only draws them and turns keys and clicks into changes of it.
 * <p>Keys: arrows, Page Up/Down, Home/End move; Enter opens; Space marks for a merge; M merges the marked;
 * C confirms; H hides.
 */
public final class ArchiveGridView extends BorderPane {
    private static final double GAP = 10;

    private final ArchiveGridViewModel model;
    private final ArchiveGridController controller;
    private final ArchiveActions actions;
    private final TileGrid<ArchiveTile> grid;
    private final Label empty = new Label();
    private final Messages m;

    public ArchiveGridView(ArchiveGridController controller, ArchiveActions actions, Messages m, ThumbnailCache thumbnails, ModelListeners listeners) {
        this.controller = controller;
        this.model = controller.model();
        this.actions = actions;
        this.m = m;
        getStyleClass().add("archive-grid");
        grid = new TileGrid<>(ArchiveTile.WIDTH, ArchiveTile.HEIGHT, GAP, () -> newTile(m, thumbnails), this::bind);
        grid.setId("archive-grid-list");
        grid.setAccessibleText(m.get("grid.accessible"));
        empty.getStyleClass().add("placeholder-text");
        grid.setPlaceholder(empty);
        grid.countProperty().bind(model.countProperty());
        model.columnsProperty().bind(grid.columnsProperty());
        setTop(new ArchiveFilterBar(controller, m, actions, listeners));
        setCenter(grid);

        listeners.on(model.dataVersionProperty(), o -> grid.redraw());
        listeners.onChange(model.selectedIndexProperty(), (o, a, b) -> {
            grid.redraw();
            grid.reveal(b.intValue());
        });
        listeners.onMap(model.marked(), (MapChangeListener<String, ArchiveCard>) c -> grid.redraw());
        listeners.on(model.loadingProperty(), o -> updatePlaceholder());
        grid.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        updatePlaceholder();
    }

    /** The grid itself, to give it the keyboard focus. */
    public TileGrid<ArchiveTile> grid() {
        return grid;
    }

    private void bind(ArchiveTile tile, int index) {
        ArchiveCard card = controller.cardAt(index).orElse(null);
        tile.show(card, index == model.selectedIndexProperty().get(), card != null && model.marked().containsKey(card.id()));
    }

    private ArchiveTile newTile(Messages m, ThumbnailCache thumbnails) {
        ArchiveTile t = new ArchiveTile(m, thumbnails);
        t.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY || !(t.getUserData() instanceof Integer index)) return;
            grid.requestFocus();
            model.select(index);
            if (e.isShortcutDown() && t.card() != null) model.toggleMark(t.card());
            else if (e.getClickCount() == 2 && t.card() != null) actions.open(t.card());
        });
        return t;
    }

    private void updatePlaceholder() {
        empty.setText(model.loadingProperty().get() ? m.get("grid.loading") : m.get("grid.empty"));
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) return;
        int cols = Math.max(1, model.columnsProperty().get());
        KeyCode k = e.getCode();
        switch (k) {
            case LEFT -> model.moveSelection(-1);
            case RIGHT -> model.moveSelection(1);
            case UP -> model.moveSelection(-cols);
            case DOWN -> model.moveSelection(cols);
            case PAGE_UP -> model.moveSelection(-cols * grid.visibleRows());
            case PAGE_DOWN -> model.moveSelection(cols * grid.visibleRows());
            case HOME -> model.select(0);
            case END -> model.select((int) model.countProperty().get() - 1);
            case ENTER -> model.selected().ifPresent(actions::open);
            case SPACE -> model.selected().ifPresent(model::toggleMark);
            case M -> actions.mergeMarked();
            case C -> model.selected().ifPresent(actions::confirm);
            case H -> model.selected().ifPresent(actions::hide);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
