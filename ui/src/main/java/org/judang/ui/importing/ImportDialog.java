package org.judang.ui.importing;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.judang.ui.i18n.Messages;
import org.judang.ui.shell.FileDialogs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Choose a batch (a folder or a .zip as the batch format describes) to import; the import then runs as a task and
 * its report appears on the case home.
 */
public final class ImportDialog extends Dialog<Path> {

    public ImportDialog(Window owner, Messages m, FileDialogs files, Consumer<Path> onImport) {
        initOwner(owner);
        setTitle(m.get("import.title"));
        setHeaderText(m.get("import.header"));
        getDialogPane().setId("import-dialog");
        TextField path = new TextField();
        path.setId("import-path");
        path.setPromptText(m.get("import.pathPrompt"));
        HBox.setHgrow(path, Priority.ALWAYS);
        Button folder = new Button(m.get("import.folder"));
        folder.setId("import-choose-folder");
        folder.setOnAction(e -> files.chooseFolder(m.get("import.folder"), null).ifPresent(p -> path.setText(p.toString())));
        Button zip = new Button(m.get("import.zip"));
        zip.setId("import-choose-zip");
        zip.setOnAction(e -> files.chooseFile(m.get("import.zip"), m.get("import.zipFilter"), "*.zip").ifPresent(p -> path.setText(p.toString())));
        HBox row = new HBox(8, path, folder, zip);
        row.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label(m.get("import.note") + " " + m.get("import.drop"));
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        Label problem = new Label();
        problem.getStyleClass().add("problem-text");
        VBox content = new VBox(10, row, note, problem);
        content.setPrefWidth(620);
        getDialogPane().setContent(content);
        ButtonType start = new ButtonType(m.get("import.start"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(start, new ButtonType(m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button startButton = (Button) getDialogPane().lookupButton(start);
        startButton.setId("import-start");
        startButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !exists(path.getText()), path.textProperty()));
        path.textProperty().addListener((o, a, b) -> problem.setText(b.isBlank() || exists(b) ? "" : m.get("import.missing")));
        setResultConverter(b -> b == start ? Path.of(path.getText().trim()) : null);
        setOnShown(e -> path.requestFocus());
        setOnHidden(e -> {
            if (getResult() != null) onImport.accept(getResult());
        });
    }

    private static boolean exists(String text) {
        if (text == null || text.isBlank()) return false;
        try {
            return Files.exists(Path.of(text.trim()));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
