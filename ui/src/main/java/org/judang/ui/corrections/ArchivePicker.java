package org.judang.ui.corrections;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.judang.engine.ArchiveFilter;
import org.judang.engine.CaseSession;
import org.judang.engine.model.Archive;
import org.judang.ui.archive.ArchiveCard;
import org.judang.ui.concurrent.EngineCalls;
import org.judang.ui.i18n.Messages;
import org.judang.ui.image.ThumbnailCache;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Picks another archive of the same kind: the archives marked in the grid first, then whatever the search (ID, plate,
 * name) finds, largest first. Enter or double-click picks.
 */
public final class ArchivePicker extends Dialog<ArchiveCard> {
    private static final int SHOWN = 60;

    private final ListView<ArchiveCard> list = new ListView<>();
    private int generation;

    public ArchivePicker(Window owner, String titleKey, Archive current, Collection<ArchiveCard> marked, CaseSession session, EngineCalls calls,
                         Messages m, ThumbnailCache thumbnails, Consumer<ArchiveCard> chosen) {
        initOwner(owner);
        setTitle(m.get(titleKey));
        setHeaderText(m.format("picker.header", m.name(current.kind())));
        getDialogPane().setId("archive-picker");
        TextField search = new TextField();
        search.setId("picker-search");
        search.setPromptText(m.get("filter.searchPrompt"));
        list.setId("picker-list");
        list.setPrefSize(520, 360);
        list.setCellFactory(v -> new ListCell<>() {
            private final ImageView cover = new ImageView();

            @Override
            protected void updateItem(ArchiveCard c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setGraphic(null);
                    return;
                }
                cover.setFitWidth(40);
                cover.setFitHeight(40);
                cover.setPreserveRatio(true);
                thumbnails.show(c.coverImage(), 40, cover);
                Label t = new Label(c.title());
                t.getStyleClass().add("merge-title");
                Label f = new Label(m.format("picker.facts", c.archive().recordCount(), m.name(c.archive().status()), c.id()));
                f.getStyleClass().add("tile-meta");
                setGraphic(new HBox(8, cover, new VBox(1, t, f)));
            }
        });
        List<ArchiveCard> first = marked.stream().filter(c -> !c.id().equals(current.id()) && c.archive().kind() == current.kind()).toList();
        Runnable query = () -> {
            int gen = ++generation;
            ArchiveFilter f = ArchiveFilter.all().withKind(current.kind()).withText(search.getText());
            calls.call(() -> {
                List<ArchiveCard> out = new ArrayList<>(first);
                out.addAll(ArchiveCard.of(session, session.archives(f, 0, SHOWN).stream()
                        .filter(a -> !a.id().equals(current.id()) && first.stream().noneMatch(c -> c.id().equals(a.id()))).toList()));
                return out;
            }, cards -> {
                if (gen != generation) return;
                list.getItems().setAll(cards);
                if (!cards.isEmpty()) list.getSelectionModel().select(0);
            });
        };
        search.textProperty().addListener(o -> query.run());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) list.requestFocus();
        });
        query.run();
        getDialogPane().setContent(new VBox(8, search, list));
        ButtonType pick = new ButtonType(m.get("picker.pick"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(pick, new ButtonType(m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(pick).setId("picker-pick");
        getDialogPane().lookupButton(pick).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                setResult(list.getSelectionModel().getSelectedItem());
                close();
            }
        });
        setResultConverter(b -> b == pick ? list.getSelectionModel().getSelectedItem() : null);
        setOnShown(e -> search.requestFocus());
        setOnHidden(e -> {
            if (getResult() != null) chosen.accept(getResult());
        });
    }
}
