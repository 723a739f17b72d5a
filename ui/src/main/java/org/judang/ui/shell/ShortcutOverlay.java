package org.judang.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.judang.ui.i18n.Messages;

import java.util.List;

/** Every keyboard shortcut on one sheet over the window (F1 or ?); Esc or a click closes it. */
final class ShortcutOverlay extends StackPane {
    private record Group(String titleKey, List<String[]> keys) {}

    private static final List<Group> GROUPS = List.of(
            new Group("keys.global", List.of(
                    new String[]{"Ctrl+1…5", "keys.sections"}, new String[]{"Ctrl+O", "keys.open"}, new String[]{"Ctrl+N", "keys.new"},
                    new String[]{"Ctrl+I", "keys.import"}, new String[]{"Ctrl+E", "keys.export"}, new String[]{"Ctrl+F", "keys.search"},
                    new String[]{"Ctrl+Shift+F", "keys.searchByImage"},
                    new String[]{"Ctrl+Z", "keys.undo"}, new String[]{"Ctrl+Shift+Z / Ctrl+Y", "keys.redo"}, new String[]{"Ctrl+,", "keys.settings"},
                    new String[]{"F1 / ?", "keys.help"})),
            new Group("keys.grid", List.of(
                    new String[]{"← → ↑ ↓", "keys.move"}, new String[]{"PgUp PgDn Home End", "keys.jump"}, new String[]{"Enter", "keys.openArchive"},
                    new String[]{"Space / Ctrl+click", "keys.mark"}, new String[]{"M", "keys.mergeMarked"}, new String[]{"C", "keys.confirm"},
                    new String[]{"H", "keys.hide"})),
            new Group("keys.page", List.of(
                    new String[]{"← → ↑ ↓ (+Shift)", "keys.memberMove"}, new String[]{"Space / Ctrl+click", "keys.memberSelect"},
                    new String[]{"Ctrl+A", "keys.selectAll"}, new String[]{"I", "keys.selectIntruders"}, new String[]{"X", "keys.split"},
                    new String[]{"R", "keys.reject"}, new String[]{"V", "keys.moveMembers"}, new String[]{"M", "keys.mergeWith"},
                    new String[]{"C", "keys.confirmNext"}, new String[]{"H", "keys.hideNext"}, new String[]{"J / Alt+→", "keys.next"},
                    new String[]{"K / Alt+←", "keys.previous"}, new String[]{"T", "keys.scene"}, new String[]{"O", "keys.order"},
                    new String[]{"Esc", "keys.back"})),
            new Group("keys.suggestions", List.of(
                    new String[]{"Y", "keys.yes"}, new String[]{"N", "keys.no"}, new String[]{"U", "keys.notSure"}, new String[]{"S", "keys.skip"},
                    new String[]{"Enter", "keys.openLeft"})));

    ShortcutOverlay(Messages m, Runnable close) {
        getStyleClass().add("overlay");
        setId("shortcut-overlay");
        // columns side by side where the window is wide enough, wrapped below each other where it is not
        javafx.scene.layout.FlowPane columns = new javafx.scene.layout.FlowPane(28, 18);
        for (Group g : GROUPS) {
            GridPane grid = new GridPane();
            grid.setHgap(14);
            grid.setVgap(5);
            int row = 0;
            for (String[] k : g.keys()) {
                Label key = new Label(k[0]);
                key.getStyleClass().add("key-cap");
                key.setMinWidth(USE_PREF_SIZE);
                Label what = new Label(m.get(k[1]));
                what.getStyleClass().add("key-text");
                what.setMinWidth(USE_PREF_SIZE);
                grid.addRow(row++, key, what);
            }
            Label title = new Label(m.get(g.titleKey()));
            title.getStyleClass().add("section-title");
            columns.getChildren().add(new VBox(8, title, grid));
        }
        Label heading = new Label(m.get("keys.title"));
        heading.getStyleClass().add("page-title");
        Label hint = new Label(m.get("keys.close"));
        hint.getStyleClass().add("hint");
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("overlay-scroll");
        VBox card = new VBox(14, heading, scroll, hint);
        card.getStyleClass().add("overlay-card");
        card.maxWidthProperty().bind(widthProperty().multiply(0.94));
        card.setMaxHeight(USE_PREF_SIZE); // taller than the window: the columns scroll
        columns.prefWrapLengthProperty().bind(card.maxWidthProperty().subtract(60));
        getChildren().add(card);
        setAlignment(Pos.CENTER);
        setOnMouseClicked(e -> close.run());
    }
}
