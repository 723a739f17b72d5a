package org.judang.ui.archivepage;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.judang.engine.model.Archive;
import org.judang.ui.ModelListeners;
import org.judang.ui.i18n.Messages;

/** The archive's name, notes and tags as the person edits them; saved with the button or Ctrl+S. */
final class ArchiveDetailsForm extends VBox {
    private final TextField name = new TextField();
    private final TextArea notes = new TextArea();
    private final TextField tags = new TextField();

    ArchiveDetailsForm(ArchivePageViewModel model, ArchivePageController controller, Messages m, ModelListeners listeners) {
        getStyleClass().add("details-form");
        name.setId("archive-name");
        notes.setId("archive-notes");
        tags.setId("archive-tags");
        name.setPromptText(m.get("details.namePrompt"));
        notes.setPromptText(m.get("details.notesPrompt"));
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        tags.setPromptText(m.get("details.tagsPrompt"));
        Button save = new Button(m.get("details.save"));
        save.setId("save-details");
        save.getStyleClass().add("accent");
        Runnable doSave = () -> controller.saveDetails(name.getText(), notes.getText(), tags.getText());
        save.setOnAction(e -> doSave.run());
        Button revert = new Button(m.get("details.revert"));
        revert.setOnAction(e -> fill(model));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.S && e.isShortcutDown()) {
                doSave.run();
                e.consume();
            }
        });
        HBox buttons = new HBox(8, save, revert);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(label(m, "details.name", name), name, label(m, "details.notes", notes), notes, label(m, "details.tags", tags), tags, buttons);
        listeners.on(model.archiveProperty(), o -> fill(model));
        listeners.on(model.notesProperty(), o -> fill(model));
        listeners.on(model.tagsProperty(), o -> fill(model));
        fill(model);
    }

    private static Label label(Messages m, String key, javafx.scene.Node field) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("field-label");
        l.setLabelFor(field);
        return l;
    }

    private void fill(ArchivePageViewModel model) {
        Archive a = model.archiveProperty().get();
        name.setText(a == null || a.name() == null ? "" : a.name());
        notes.setText(model.notesProperty().get());
        tags.setText(model.tagsProperty().get());
    }
}
