package org.judang.ui.archivepage;

import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.judang.ui.i18n.Messages;
import org.judang.ui.image.ThumbnailCache;

import java.util.Locale;
import java.util.function.Consumer;

/** Archives related to the one shown: seen together with it (同行), and like the focused capture (以图搜档). Click opens. */
final class RelatedArchivesView extends VBox {

    RelatedArchivesView(ArchivePageViewModel model, ArchivePageController controller, Messages m, ThumbnailCache thumbnails, Consumer<String> open) {
        super(8);
        getStyleClass().add("related");
        Button together = new Button(m.get("related.findTogether"));
        together.setId("find-together");
        together.setOnAction(e -> controller.loadCompanions());
        Button similar = new Button(m.get("related.findSimilar"));
        similar.setId("find-similar");
        similar.setOnAction(e -> controller.searchSimilar());
        ListView<RelatedArchive> companions = list(model.companions(), m, thumbnails, open, "together-list", m.get("related.noneYet"));
        ListView<RelatedArchive> alike = list(model.similar(), m, thumbnails, open, "similar-list", m.get("related.noneYet"));
        getChildren().addAll(bar(m.format("related.together", ArchivePageController.TOGETHER_SECONDS), together), companions,
                bar(m.get("related.similar"), similar), alike);
    }

    private static HBox bar(String title, Button action) {
        Label t = new Label(title);
        t.getStyleClass().add("field-label");
        t.setWrapText(true);
        Region s = new Region();
        HBox.setHgrow(s, Priority.ALWAYS);
        HBox h = new HBox(8, t, s, action);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static ListView<RelatedArchive> list(ObservableList<RelatedArchive> items, Messages m, ThumbnailCache thumbnails, Consumer<String> open,
                                                 String id, String empty) {
        ListView<RelatedArchive> list = new ListView<>(items);
        list.setId(id);
        list.setPrefHeight(190);
        list.setPlaceholder(new Label(empty));
        list.setCellFactory(v -> new ListCell<>() {
            private final ImageView cover = new ImageView();

            @Override
            protected void updateItem(RelatedArchive r, boolean isEmpty) {
                super.updateItem(r, isEmpty);
                if (isEmpty || r == null) {
                    setGraphic(null);
                    return;
                }
                cover.setFitWidth(36);
                cover.setFitHeight(36);
                cover.setPreserveRatio(true);
                thumbnails.show(r.card().coverImage(), 36, cover);
                Label title = new Label(r.card().title());
                title.getStyleClass().add("recent-name");
                String figure = r.together() >= 0 ? m.format("related.times", r.together())
                        : m.format("related.similarity", String.format(Locale.ROOT, "%.3f", r.similarity()));
                Label facts = new Label(figure + " · " + m.format("tile.members", r.card().archive().recordCount()));
                facts.getStyleClass().add("tile-meta");
                setGraphic(new HBox(8, cover, new VBox(1, title, facts)));
            }
        });
        list.setOnMouseClicked(e -> {
            RelatedArchive r = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && r != null) open.accept(r.card().id());
        });
        list.setOnKeyPressed(e -> {
            RelatedArchive r = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && r != null) open.accept(r.card().id());
        });
        return list;
    }
}
