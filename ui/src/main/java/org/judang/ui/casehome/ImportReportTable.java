package org.judang.ui.casehome;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.judang.engine.ingest.ImportIssue;
import org.judang.ui.i18n.Messages;

import java.util.List;

/**
 * The issues of one import (rejected records with their reasons, warnings): sortable by any column, several rows
 * selectable, Ctrl+C copies them as tab-separated lines that paste into a spreadsheet or a message.
 */
public final class ImportReportTable extends TableView<ImportIssue> {

    public ImportReportTable(Messages m) {
        setId("import-issues");
        getStyleClass().add("issues-table");
        setPlaceholder(new Label(m.get("report.noIssues")));
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumn<ImportIssue, String> severity = new TableColumn<>(m.get("report.severity"));
        severity.setCellValueFactory(c -> new ReadOnlyStringWrapper(m.get("severity." + c.getValue().severity().name())));
        severity.setPrefWidth(70);
        TableColumn<ImportIssue, String> file = new TableColumn<>(m.get("report.file"));
        file.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file() == null ? m.get("report.wholeBatch") : c.getValue().file()));
        file.setPrefWidth(180);
        TableColumn<ImportIssue, Long> position = new TableColumn<>(m.get("report.position"));
        position.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().position()));
        position.setPrefWidth(70);
        TableColumn<ImportIssue, String> record = new TableColumn<>(m.get("report.record"));
        record.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().recordId()));
        record.setPrefWidth(200);
        TableColumn<ImportIssue, String> message = new TableColumn<>(m.get("report.message"));
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        message.setPrefWidth(520);
        getColumns().addAll(List.of(severity, file, position, record, message));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN); // the message takes the room left
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.C && e.isShortcutDown()) {
                copy(getSelectionModel().getSelectedItems());
                e.consume();
            } else if (e.getCode() == KeyCode.A && e.isShortcutDown()) {
                getSelectionModel().selectAll();
                e.consume();
            }
        });
    }

    public void copy(List<ImportIssue> issues) {
        ClipboardContent c = new ClipboardContent();
        c.putString(IssueLines.of(issues));
        Clipboard.getSystemClipboard().setContent(c);
    }

    /** Copies every issue in the order shown (the table sorts its items in place). */
    public void copyAll() {
        copy(List.copyOf(getItems()));
    }
}
