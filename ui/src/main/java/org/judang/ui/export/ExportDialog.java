package org.judang.ui.export;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.judang.engine.export.ExportOptions;
import org.judang.engine.export.ImageMode;
import org.judang.engine.export.NamedExport;
import org.judang.ui.i18n.Messages;
import org.judang.ui.shell.FileDialogs;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * What, where and how to export the case's archives: every archive, or only what changed since one of the case's
 * earlier exports (a delta); the export then runs as a task with its progress in the task list.
 */
public final class ExportDialog extends Dialog<ExportOptions> {

    /** A dialog offering a full export only (no earlier export to make a delta since). */
    public ExportDialog(Window owner, Path suggested, Messages m, FileDialogs files, BiConsumer<Path, ExportOptions> onExport) {
        this(owner, suggested, m, files, List.of(), onExport);
    }

    /**
     * @param earlier the case's finished exports, newest first ({@code CaseSession.exports()}): what a delta can be made since
     */
    public ExportDialog(Window owner, Path suggested, Messages m, FileDialogs files, List<NamedExport> earlier,
                        BiConsumer<Path, ExportOptions> onExport) {
        initOwner(owner);
        setTitle(m.get("export.title"));
        setHeaderText(m.get("export.header"));
        getDialogPane().setId("export-dialog");

        ToggleGroup packing = new ToggleGroup();
        RadioButton folder = choice(m.get("export.folder"), "export-as-folder", packing);
        RadioButton zip = choice(m.get("export.zip"), "export-as-zip", packing);
        folder.setSelected(true);

        ToggleGroup images = new ToggleGroup();
        VBox imageChoices = new VBox(4);
        for (ImageMode mode : ImageMode.values()) {
            RadioButton r = choice(m.get("export.images." + mode.name()), "export-images-" + mode.name().toLowerCase(java.util.Locale.ROOT), images);
            r.setUserData(mode);
            r.setSelected(mode == ImageMode.FILES);
            imageChoices.getChildren().add(r);
        }

        ToggleGroup what = new ToggleGroup();
        RadioButton full = choice(m.get("export.full"), "export-full", what);
        RadioButton delta = choice(m.get("export.delta"), "export-delta", what);
        full.setSelected(true);
        ComboBox<NamedExport> since = new ComboBox<>(FXCollections.observableArrayList(earlier));
        since.setId("export-since");
        since.setConverter(new StringConverter<>() {
            @Override public String toString(NamedExport e) {
                return e == null ? "" : m.format("export.sinceItem", e.name(), m.time(e.created()), e.archives());
            }
            @Override public NamedExport fromString(String s) { return null; }
        });
        if (!earlier.isEmpty()) since.getSelectionModel().selectFirst();
        since.disableProperty().bind(delta.selectedProperty().not());
        delta.setDisable(earlier.isEmpty());
        Label noEarlier = new Label(m.get("export.delta.none"));
        noEarlier.setId("export-delta-none");
        noEarlier.setVisible(earlier.isEmpty());
        noEarlier.setManaged(earlier.isEmpty());
        HBox deltaRow = new HBox(8, delta, since);
        deltaRow.setAlignment(Pos.CENTER_LEFT);

        TextField name = new TextField();
        name.setId("export-name");
        name.setPromptText(m.get("export.name.prompt"));
        name.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().length() <= ExportOptions.MAX_NAME_LENGTH ? c : null));

        TextField out = new TextField(suggested.toString());
        out.setId("export-path");
        HBox.setHgrow(out, Priority.ALWAYS);
        Button choose = new Button(m.get("export.choose"));
        choose.setId("export-choose");
        choose.setOnAction(e -> {
            if (zip.isSelected()) {
                files.chooseSaveFile(m.get("export.zip"), "archives.zip", m.get("import.zipFilter"), "*.zip").ifPresent(p -> out.setText(p.toString()));
            } else {
                files.chooseFolder(m.get("export.folder"), null).ifPresent(p -> out.setText(p.resolve("archives-export").toString()));
            }
        });
        zip.selectedProperty().addListener((o, a, isZip) -> {
            String t = out.getText().trim();
            if (isZip && !t.endsWith(".zip")) out.setText(t + ".zip");
            if (!isZip && t.endsWith(".zip")) out.setText(t.substring(0, t.length() - 4));
        });
        HBox where = new HBox(8, out, choose);
        where.setAlignment(Pos.CENTER_LEFT);
        Label packingTitle = new Label(m.get("export.packing"));
        packingTitle.getStyleClass().add("field-label");
        Label imagesTitle = new Label(m.get("export.images"));
        imagesTitle.getStyleClass().add("field-label");
        Label whereTitle = new Label(m.get("export.where"));
        whereTitle.getStyleClass().add("field-label");
        Label whatTitle = new Label(m.get("export.what"));
        whatTitle.getStyleClass().add("field-label");
        Label nameTitle = new Label(m.get("export.name"));
        nameTitle.getStyleClass().add("field-label");
        VBox content = new VBox(8, whatTitle, full, deltaRow, noEarlier, packingTitle, new HBox(16, folder, zip), imagesTitle, imageChoices,
                whereTitle, where, nameTitle, name);
        content.setPrefWidth(600);
        getDialogPane().setContent(content);

        ButtonType start = new ButtonType(m.get("export.start"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(start, new ButtonType(m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(start).setId("export-start");
        getDialogPane().lookupButton(start).disableProperty().bind(Bindings.createBooleanBinding(
                () -> out.getText().isBlank() || (delta.isSelected() && since.getValue() == null), out.textProperty(), delta.selectedProperty(), since.valueProperty()));
        setResultConverter(b -> b != start ? null : new ExportOptions((ImageMode) images.getSelectedToggle().getUserData(), zip.isSelected(),
                name.getText(), delta.isSelected() && since.getValue() != null ? since.getValue().name() : null));
        setOnHidden(e -> {
            if (getResult() != null) onExport.accept(Path.of(out.getText().trim()), getResult());
        });
    }

    private static RadioButton choice(String text, String id, ToggleGroup group) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setToggleGroup(group);
        return r;
    }
}
