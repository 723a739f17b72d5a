package org.judang.ui.corrections;

import javafx.geometry.Pos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.judang.engine.CaseSession;
import org.judang.engine.archive.MergePreview;
import org.judang.ui.archive.ArchiveCard;
import org.judang.ui.concurrent.EngineCalls;
import org.judang.ui.i18n.Messages;
import org.judang.ui.image.ThumbnailCache;

import java.util.List;
import java.util.function.Consumer;

/**
 * Merge several archives into one the person chooses explicitly. Each archive is shown with its cover, size and
 * status; choosing the survivor asks the engine what the merge would keep ({@code previewMerge}), shown before the
 * person confirms. Opened with {@code show()}, never blocking the JavaFX thread.
 */
public final class MergeDialog extends Dialog<ButtonType> {

    private final MergeDialogViewModel model;
    private final Messages m;
    private final Label previewText = new Label();

    public MergeDialog(Window owner, List<ArchiveCard> cards, CaseSession session, EngineCalls calls, Messages m, ThumbnailCache thumbnails,
                       Consumer<MergeDialogViewModel> onMerge) {
        this.model = new MergeDialogViewModel(cards);
        this.m = m;
        initOwner(owner);
        setTitle(m.get("merge.title"));
        setHeaderText(m.format("merge.header", cards.size(), model.totalRecords()));
        getDialogPane().getStyleClass().add("merge-dialog");
        getDialogPane().setId("merge-dialog");

        ToggleGroup group = new ToggleGroup();
        VBox rows = new VBox(6);
        for (ArchiveCard c : cards) {
            ImageView cover = new ImageView();
            cover.setFitWidth(64);
            cover.setFitHeight(64);
            cover.setPreserveRatio(true);
            thumbnails.show(c.coverImage(), 64, cover);
            RadioButton pick = new RadioButton();
            pick.setToggleGroup(group);
            pick.setUserData(c);
            pick.setId("survivor-" + c.id());
            pick.setSelected(c == model.survivorProperty().get());
            Label title = new Label(c.title());
            title.getStyleClass().add("merge-title");
            Label facts = new Label(m.format("merge.facts", m.name(c.archive().kind()), c.archive().recordCount(), m.name(c.archive().status()),
                    m.time(c.archive().firstTime()), m.time(c.archive().lastTime())));
            facts.getStyleClass().add("tile-meta");
            Label id = new Label(c.id());
            id.getStyleClass().add("mono");
            HBox row = new HBox(10, pick, cover, new VBox(2, title, facts, id));
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("merge-row");
            row.setOnMouseClicked(e -> pick.setSelected(true));
            rows.getChildren().add(row);
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) model.survivorProperty().set((ArchiveCard) b.getUserData());
        });
        ScrollPane list = new ScrollPane(rows);
        list.setFitToWidth(true);
        list.setPrefViewportHeight(Math.min(340, cards.size() * 84.0));
        Label choose = new Label(m.get("merge.choose"));
        choose.getStyleClass().add("section-title");
        previewText.setId("merge-preview");
        previewText.getStyleClass().add("merge-preview");
        previewText.setWrapText(true);
        previewText.setMaxWidth(560);
        previewText.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox content = new VBox(10, choose, list, previewText);
        content.setPrefWidth(600);
        getDialogPane().setContent(content);

        ButtonType merge = new ButtonType(m.get("merge.confirm"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(merge, new ButtonType(m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(merge).setId("merge-confirm");
        getDialogPane().lookupButton(merge).disableProperty().bind(model.previewProperty().isNull());

        model.survivorProperty().addListener((o, a, b) -> askPreview(session, calls));
        askPreview(session, calls);
        setResultConverter(b -> b);
        setOnHidden(e -> {
            if (getResult() == merge) onMerge.accept(model);
        });
    }

    public MergeDialogViewModel model() {
        return model;
    }

    private void askPreview(CaseSession session, EngineCalls calls) {
        ArchiveCard s = model.survivorProperty().get();
        model.previewProperty().set(null);
        if (s == null) return;
        if (model.mixedKinds()) {
            previewText.setText(m.get("merge.mixedKinds"));
            return;
        }
        previewText.setText(m.get("merge.previewing"));
        List<String> ids = model.ids();
        calls.call(() -> session.corrections().previewMerge(ids, s.id()), p -> {
            if (model.survivorProperty().get() != s) return;
            model.previewProperty().set(p);
            previewText.setText(describe(p, s));
        }, e -> previewText.setText(org.judang.ui.concurrent.ProblemText.describe(e, m)));
    }

    private String describe(MergePreview p, ArchiveCard s) {
        String name = p.name() == null || p.name().isBlank() ? m.get("merge.noName") : p.name();
        String notes = p.notes() == null || p.notes().isBlank() ? m.get("merge.noNotes") : p.notes();
        return m.format("merge.preview", s.title(), p.totalRecords(), name, notes, p.absorbed().size());
    }
}
