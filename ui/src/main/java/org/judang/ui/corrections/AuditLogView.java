package org.judang.ui.corrections;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.judang.engine.CaseSession;
import org.judang.engine.archive.AuditEntry;
import org.judang.ui.i18n.Messages;

/**
 * The case's record of work, newest first: who did what when, corrections and automatic work alike, with undone
 * entries struck through. Undo and redo act on the newest; an older correction can be undone on its own.
 */
public final class AuditLogView extends BorderPane {

    public AuditLogView(CorrectionsController corrections, CaseSession session, Messages m) {
        getStyleClass().add("audit-log");
        TableView<AuditEntry> table = new TableView<>(corrections.log());
        table.setId("audit-table");
        table.setPlaceholder(new Label(m.get("log.empty")));
        TableColumn<AuditEntry, Long> seq = new TableColumn<>("#");
        seq.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().seq()));
        seq.setPrefWidth(60);
        TableColumn<AuditEntry, String> time = new TableColumn<>(m.get("log.time"));
        time.setCellValueFactory(c -> new ReadOnlyStringWrapper(m.timeSeconds(c.getValue().time())));
        time.setPrefWidth(150);
        TableColumn<AuditEntry, String> actor = new TableColumn<>(m.get("log.actor"));
        actor.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().manual() ? c.getValue().actor() : m.get("log.machine")));
        actor.setPrefWidth(110);
        TableColumn<AuditEntry, String> action = new TableColumn<>(m.get("log.action"));
        action.setCellValueFactory(c -> new ReadOnlyStringWrapper(m.has("action." + c.getValue().action()) ? m.get("action." + c.getValue().action())
                : c.getValue().action()));
        action.setPrefWidth(110);
        TableColumn<AuditEntry, String> summary = new TableColumn<>(m.get("log.summary"));
        summary.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().summary()));
        summary.setPrefWidth(560);
        TableColumn<AuditEntry, String> state = new TableColumn<>(m.get("log.state"));
        state.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().undone() ? m.get("log.undone") : ""));
        state.setPrefWidth(90);
        table.getColumns().addAll(java.util.List.of(seq, time, actor, action, summary, state));
        table.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(AuditEntry e, boolean empty) {
                super.updateItem(e, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("undone"), !empty && e != null && e.undone());
            }
        });

        Button undo = new Button(m.get("log.undo"));
        undo.setId("log-undo");
        undo.setOnAction(e -> corrections.undo());
        Button redo = new Button(m.get("log.redo"));
        redo.setId("log-redo");
        redo.setOnAction(e -> corrections.redo());
        Button undoThis = new Button(m.get("log.undoThis"));
        undoThis.setId("log-undo-this");
        undoThis.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            AuditEntry s = table.getSelectionModel().getSelectedItem();
            return s == null || !s.manual() || s.undone() || "UNDO".equals(s.action()) || "REDO".equals(s.action());
        }, table.getSelectionModel().selectedItemProperty()));
        undoThis.setOnAction(e -> {
            AuditEntry s = table.getSelectionModel().getSelectedItem();
            if (s != null) corrections.run(() -> session.corrections().undo(s.seq()), r -> m.format("corrections.undone", s.summary()), null);
        });
        Button refresh = new Button(m.get("log.refresh"));
        refresh.setOnAction(e -> corrections.reloadLog());
        Label title = new Label(m.get("log.title"));
        title.getStyleClass().add("section-title");
        HBox bar = new HBox(8, title, new javafx.scene.layout.Region(), undo, redo, undoThis, refresh);
        HBox.setHgrow(bar.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("section-bar");
        setTop(bar);
        setCenter(table);
    }
}
