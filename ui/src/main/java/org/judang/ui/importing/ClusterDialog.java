package org.judang.ui.importing;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.judang.engine.CaseSession;
import org.judang.engine.archive.ThresholdPreview;
import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.ui.concurrent.EngineCalls;
import org.judang.ui.concurrent.ProblemText;
import org.judang.ui.i18n.Messages;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * Clustering the records not yet archived. First the threshold preview: per feature space, how many archives (and
 * one-capture archives, and how large the largest) each threshold around the chosen one would make, the chosen row
 * marked. The person runs it as estimated, or sets one threshold for this run. Clustering then runs as a task.
 */
public final class ClusterDialog extends Dialog<ClusterOptions> {
    private static final int STEPS = 9;

    private final CancellationToken previewCancel = new CancellationToken();

    public ClusterDialog(Window owner, CaseSession session, EngineCalls calls, Messages m, Consumer<ClusterOptions> onStart) {
        initOwner(owner);
        setTitle(m.get("cluster.title"));
        setHeaderText(m.get("cluster.header"));
        getDialogPane().setId("cluster-dialog");
        VBox spaces = new VBox(12);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(32, 32);
        Label busyText = new Label(m.get("cluster.previewing"));
        HBox waiting = new HBox(10, busy, busyText);
        waiting.setAlignment(Pos.CENTER_LEFT);
        spaces.getChildren().add(waiting);

        CheckBox override = new CheckBox(m.get("cluster.override"));
        override.setId("cluster-override");
        Spinner<Double> threshold = new Spinner<>(0.0, 1.0, ClusterOptions.DEFAULT_THRESHOLD, 0.01);
        threshold.setId("cluster-threshold");
        threshold.setEditable(true);
        threshold.setPrefWidth(100);
        threshold.disableProperty().bind(override.selectedProperty().not());
        Label warn = new Label(m.get("cluster.overrideNote"));
        warn.getStyleClass().add("hint");
        warn.setWrapText(true);
        HBox overrideRow = new HBox(10, override, threshold);
        overrideRow.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(spaces);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(360);
        VBox content = new VBox(12, scroll, overrideRow, warn);
        content.setPrefWidth(640);
        getDialogPane().setContent(content);

        ButtonType start = new ButtonType(m.get("cluster.start"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(start, new ButtonType(m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(start).setId("cluster-start");
        setResultConverter(b -> b != start ? null
                : override.isSelected() ? ClusterOptions.defaults().withThreshold(threshold.getValue()) : ClusterOptions.defaults());
        setOnHidden(e -> {
            previewCancel.cancel();
            if (getResult() != null) onStart.accept(getResult());
        });

        calls.call(() -> session.previewThresholds(ClusterOptions.defaults(), STEPS, ProgressListener.NONE, previewCancel), previews -> {
            spaces.getChildren().clear();
            if (previews.isEmpty()) spaces.getChildren().add(new Label(m.get("cluster.nothing")));
            for (ThresholdPreview p : previews) spaces.getChildren().add(space(p, m));
            if (!previews.isEmpty()) threshold.getValueFactory().setValue(previews.get(0).chosen());
        }, e -> {
            spaces.getChildren().clear();
            Label problem = new Label(previewCancel.isCancelled() ? "" : ProblemText.describe(e, m));
            problem.getStyleClass().add("problem-text");
            problem.setWrapText(true);
            spaces.getChildren().add(problem);
        });
    }

    private static VBox space(ThresholdPreview p, Messages m) {
        Label title = new Label(p.space());
        title.getStyleClass().add("section-title");
        String quality = p.estimate() == null ? "" : " · " + m.format("cluster.separation", String.format(Locale.ROOT, "%.2f", p.estimate().separation()))
                + (p.estimate().trustworthy() ? "" : " · " + m.get("cluster.checkEstimate"));
        Label facts = new Label(m.format("cluster.spaceFacts", p.records(), String.format(Locale.ROOT, "%.3f", p.chosen()), m.name(p.source())) + quality);
        facts.getStyleClass().add("tile-meta");
        TableView<ThresholdPreview.Row> table = new TableView<>();
        table.getItems().setAll(p.rows());
        table.setPrefHeight(Math.min(250, 32 + 26.0 * p.rows().size()));
        table.getColumns().add(col(m.get("cluster.threshold"), r -> String.format(Locale.ROOT, "%.3f", r.threshold())));
        table.getColumns().add(col(m.get("cluster.archives"), r -> m.number(r.archives())));
        table.getColumns().add(col(m.get("cluster.singletons"), r -> m.number(r.singletons())));
        table.getColumns().add(col(m.get("cluster.largest"), r -> m.number(r.largest())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        double chosen = p.chosen();
        double nearest = p.rows().stream().mapToDouble(ThresholdPreview.Row::threshold).reduce((a, b) -> Math.abs(a - chosen) <= Math.abs(b - chosen) ? a : b).orElse(chosen);
        int chosenRow = 0;
        for (int i = 0; i < p.rows().size(); i++) if (p.rows().get(i).threshold() == nearest) chosenRow = i;
        table.scrollTo(Math.max(0, chosenRow - 3)); // the chosen row in sight, with its neighbours above
        for (int i = 1; i < table.getColumns().size(); i++) table.getColumns().get(i).getStyleClass().add("number-column");
        table.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(ThresholdPreview.Row r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("chosen"), !empty && r != null && r.threshold() == nearest);
            }
        });
        return new VBox(4, title, facts, table);
    }

    private static TableColumn<ThresholdPreview.Row, String> col(String title, java.util.function.Function<ThresholdPreview.Row, String> f) {
        TableColumn<ThresholdPreview.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        c.setSortable(false);
        return c;
    }
}
