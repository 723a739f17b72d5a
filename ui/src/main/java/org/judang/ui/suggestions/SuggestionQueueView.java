package org.judang.ui.suggestions;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.judang.engine.archive.MergeSuggestion;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ObjectRecord;
import org.judang.ui.ModelListeners;
import org.judang.ui.i18n.Messages;
import org.judang.ui.image.ThumbnailCache;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The merge-suggestion queue: the two archives side by side (cover, facts, their most typical members), their
 * similarity between them, and the answers. Keys: Y yes, N no, U not sure, S skip, Enter opens the left archive.
 */
public final class SuggestionQueueView extends BorderPane {
    private final SuggestionQueueViewModel model;
    private final Messages m;
    private final ThumbnailCache thumbnails;
    private final HBox pair = new HBox(20);
    private final Label similarity = new Label();

    public SuggestionQueueView(SuggestionQueueController controller, Messages m, ThumbnailCache thumbnails, Consumer<String> openArchive,
                               ModelListeners listeners) {
        this.model = controller.model();
        this.m = m;
        this.thumbnails = thumbnails;
        getStyleClass().add("suggestions");
        setId("suggestion-queue");
        setFocusTraversable(true);

        Label title = new Label(m.get("suggest.title"));
        title.getStyleClass().add("section-title");
        Label count = new Label();
        count.setId("suggestion-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> m.format("suggest.count", model.openProperty().get(), model.answeredProperty().get(),
                model.skippedProperty().get()), model.openProperty(), model.answeredProperty(), model.skippedProperty()));
        count.getStyleClass().add("hint");
        Button refresh = new Button(m.get("suggest.refresh"));
        refresh.setOnAction(e -> controller.refresh());
        Button restart = new Button(m.get("suggest.restart"));
        restart.setOnAction(e -> controller.restart());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, title, count, spacer, restart, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("section-bar");
        setTop(bar);

        pair.setAlignment(Pos.TOP_CENTER);
        pair.getStyleClass().add("suggestion-pair");
        similarity.getStyleClass().add("suggestion-similarity");
        setCenter(pair);

        Button yes = answer("suggest.yes", "suggest-yes", "suggest.yesKey", () -> controller.answer(MergeSuggestion.Answer.YES));
        yes.getStyleClass().add("accent");
        Button no = answer("suggest.no", "suggest-no", "suggest.noKey", () -> controller.answer(MergeSuggestion.Answer.NO));
        no.getStyleClass().add("danger");
        Button unsure = answer("suggest.notSure", "suggest-not-sure", "suggest.notSureKey", () -> controller.answer(MergeSuggestion.Answer.NOT_SURE));
        Button skip = answer("suggest.skip", "suggest-skip", "suggest.skipKey", controller::skip);
        for (Button b : new Button[]{yes, no, unsure, skip}) b.disableProperty().bind(model.currentProperty().isNull());
        HBox answers = new HBox(12, no, unsure, skip, yes);
        answers.setAlignment(Pos.CENTER);
        answers.getStyleClass().add("answer-bar");
        setBottom(answers);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || model.currentProperty().get() == null) return;
            switch (e.getCode()) {
                case Y -> controller.answer(MergeSuggestion.Answer.YES);
                case N -> controller.answer(MergeSuggestion.Answer.NO);
                case U -> controller.answer(MergeSuggestion.Answer.NOT_SURE);
                case S -> controller.skip();
                case ENTER -> openArchive.accept(model.currentProperty().get().a());
                default -> {
                    return;
                }
            }
            e.consume();
        });
        listeners.on(model.currentProperty(), o -> draw());
        listeners.on(model.leftProperty(), o -> draw());
        listeners.on(model.rightProperty(), o -> draw());
        listeners.on(model.loadingProperty(), o -> draw());
        draw();
    }

    private Button answer(String textKey, String id, String keyKey, Runnable r) {
        Button b = new Button(m.get(textKey));
        b.setId(id);
        b.setTooltip(new Tooltip(m.get(keyKey)));
        b.setFocusTraversable(false);
        b.setOnAction(e -> {
            r.run();
            requestFocus();
        });
        b.getStyleClass().add("answer-button");
        return b;
    }

    private void draw() {
        pair.getChildren().clear();
        MergeSuggestion s = model.currentProperty().get();
        if (s == null || model.leftProperty().get() == null || model.rightProperty().get() == null) {
            Label none = new Label(model.loadingProperty().get() ? m.get("suggest.loading") : m.get("suggest.none"));
            none.getStyleClass().add("placeholder-text");
            pair.getChildren().add(none);
            return;
        }
        similarity.setText(m.format("suggest.similarity", String.format(Locale.ROOT, "%.3f", s.similarity())));
        VBox middle = new VBox(similarity);
        middle.setAlignment(Pos.CENTER);
        middle.setMinWidth(120);
        pair.getChildren().addAll(side(model.leftProperty().get()), middle, side(model.rightProperty().get()));
    }

    private Node side(SuggestionSide side) {
        Archive a = side.card().archive();
        ImageView cover = new ImageView();
        cover.setFitWidth(200);
        cover.setFitHeight(200);
        cover.setPreserveRatio(true);
        thumbnails.show(side.card().coverImage(), 200, cover);
        Label title = new Label(side.card().title());
        title.getStyleClass().add("page-title");
        Label facts = new Label(m.format("suggest.facts", m.name(a.kind()), a.recordCount(), m.name(a.status()), m.time(a.firstTime()), m.time(a.lastTime())));
        facts.getStyleClass().add("tile-meta");
        Label id = new Label(a.id());
        id.getStyleClass().add("mono");
        id.setWrapText(true);
        id.setMaxWidth(300);
        TilePane sample = new TilePane(6, 6);
        sample.setPrefColumns(4);
        sample.setMaxWidth(4 * 76 + 3 * 6);
        for (ObjectRecord r : side.sample()) {
            ImageView v = new ImageView();
            v.setFitWidth(72);
            v.setFitHeight(72);
            v.setPreserveRatio(true);
            thumbnails.show(r.cropImage(), 72, v);
            sample.getChildren().add(v);
        }
        VBox box = new VBox(8, cover, title, facts, id, sample);
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().addAll("card", "suggestion-side");
        box.setPrefWidth(340);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        return box;
    }
}
