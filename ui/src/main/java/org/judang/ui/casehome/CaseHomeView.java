package org.judang.ui.casehome;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.judang.engine.CaseOverview;
import org.judang.engine.ingest.ImportReport;
import org.judang.engine.metrics.QualityReport;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ObjectType;
import org.judang.ui.ModelListeners;
import org.judang.ui.i18n.Messages;
import org.judang.ui.tasks.TaskListController;
import org.judang.ui.tasks.TaskListView;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The home of an open case: what it holds (records per type, archives per kind, what is not archived yet), the
 * quality figures against a truth file, every batch imported with its report, and the recent tasks.
 */
public final class CaseHomeView extends ScrollPane {
    private final CaseHomeViewModel model;
    private final Messages m;
    private final FlowPane figures = new FlowPane(12, 12);
    private final VBox quality = new VBox(6);
    private final Label caseName = new Label();
    private final Label caseFolder = new Label();
    private final Button cluster;

    public CaseHomeView(CaseHomeController controller, TaskListController tasks, CaseHomeActions actions, Messages m, ModelListeners listeners) {
        this.model = controller.model();
        this.m = m;
        getStyleClass().add("case-home");
        setFitToWidth(true);
        caseName.getStyleClass().add("page-title");
        caseName.setId("case-name");
        caseFolder.getStyleClass().add("page-subtitle");
        caseName.setText(controller.session().name());
        caseFolder.setText(controller.session().folder().toAbsolutePath() + "   ·   " + m.format("home.library", controller.session().libraryId()));

        Button importButton = new Button(m.get("home.import"));
        importButton.setId("home-import");
        importButton.getStyleClass().add("accent");
        importButton.setTooltip(new Tooltip(m.get("home.importKey")));
        importButton.setOnAction(e -> actions.importBatch());
        cluster = new Button(m.get("home.cluster"));
        cluster.setId("home-cluster");
        cluster.setOnAction(e -> actions.cluster());
        Button export = new Button(m.get("home.export"));
        export.setId("home-export");
        export.setTooltip(new Tooltip(m.get("home.exportKey")));
        export.setOnAction(e -> actions.export());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(10, new VBox(2, caseName, caseFolder), spacer, importButton, cluster, export);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("page-header");

        figures.getStyleClass().add("figures");
        quality.getStyleClass().addAll("card", "quality-card");
        Button truth = new Button(m.get("home.chooseTruth"));
        truth.setId("choose-truth");
        truth.setOnAction(e -> actions.chooseTruthFile());

        TableView<ImportReport> batches = batchTable(listeners);
        ImportReportTable issues = new ImportReportTable(m);
        // the reports come without their issues; the selected one's are read while the home shows it
        listeners.onChange(model.selectedReportProperty(), (o, a, r) -> controller.showIssuesOf(r));
        listeners.on(model.issues(), o -> issues.getItems().setAll(model.issues()));
        controller.showIssuesOf(model.selectedReportProperty().get());
        issues.getItems().setAll(model.issues());
        issues.setPrefHeight(220);
        Button copy = new Button(m.get("report.copyAll"));
        copy.setId("copy-issues");
        copy.setOnAction(e -> issues.copyAll());
        Label issuesTitle = new Label();
        issuesTitle.getStyleClass().add("section-title");
        issuesTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            ImportReport r = model.selectedReportProperty().get();
            return r == null ? m.get("report.title") : m.format("report.titleOf", Path.of(r.batch()).getFileName(), r.issues().size() + r.issuesNotListed());
        }, model.selectedReportProperty()));
        Region s2 = new Region();
        HBox.setHgrow(s2, Priority.ALWAYS);
        HBox issuesBar = new HBox(8, issuesTitle, s2, copy);
        issuesBar.setAlignment(Pos.CENTER_LEFT);

        TaskListView recent = new TaskListView(tasks, m);
        recent.setPrefHeight(230);

        VBox content = new VBox(16, head, figures, section(m.get("home.quality"), new VBox(8, quality, truth)),
                section(m.get("home.batches"), batches), new VBox(6, issuesBar, issues), recent);
        content.getStyleClass().add("home-content");
        setContent(content);

        listeners.on(model.overviewProperty(), o -> showFigures());
        listeners.on(model.qualityProperty(), o -> showQuality());
        listeners.on(model.qualityProblemProperty(), o -> showQuality());
        listeners.on(model.truthFileProperty(), o -> showQuality());
        showFigures();
        showQuality();
    }

    private static Node section(String title, Node body) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        return new VBox(6, t, body);
    }

    private TableView<ImportReport> batchTable(ModelListeners listeners) {
        TableView<ImportReport> t = new TableView<>(model.history());
        t.setId("batch-table");
        t.setPlaceholder(new Label(m.get("home.noBatches")));
        t.setPrefHeight(170);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS); // the columns share the width, no empty filler
        TableColumn<ImportReport, String> batch = new TableColumn<>(m.get("home.batch"));
        batch.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().batch()));
        batch.setPrefWidth(420);
        TableColumn<ImportReport, String> kind = new TableColumn<>(m.get("home.batchKind"));
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(m.has("batchKind." + c.getValue().kind()) ? m.get("batchKind." + c.getValue().kind()) : c.getValue().kind()));
        kind.setPrefWidth(90);
        t.getColumns().add(batch);
        t.getColumns().add(kind);
        t.getColumns().add(number("report.imported", ImportReport::totalImported));
        t.getColumns().add(number("report.duplicates", ImportReport::totalDuplicates));
        t.getColumns().add(number("report.rejected", ImportReport::totalRejected));
        t.getColumns().add(number("report.warnings", ImportReport::totalWarnings));
        t.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) model.selectedReportProperty().set(b);
        });
        listeners.onChange(model.selectedReportProperty(), (o, a, b) -> {
            if (b != null && t.getSelectionModel().getSelectedItem() != b) t.getSelectionModel().select(b);
        });
        return t;
    }

    private TableColumn<ImportReport, Long> number(String key, java.util.function.ToLongFunction<ImportReport> f) {
        TableColumn<ImportReport, Long> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.applyAsLong(x.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Long n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : m.number(n));
            }
        });
        c.setPrefWidth(95);
        c.getStyleClass().add("number-column");
        return c;
    }

    private void showFigures() {
        CaseOverview o = model.overviewProperty().get();
        figures.getChildren().clear();
        if (o == null) return;
        VBox records = card("home.records", o.records(), "figure-records");
        for (ObjectType t : ObjectType.values()) {
            long n = o.recordsByType().getOrDefault(t, 0L);
            if (n > 0) records.getChildren().add(detail(m.name(t), n));
        }
        VBox archives = card("home.archives", o.archives(), "figure-archives");
        for (ArchiveKind k : ArchiveKind.values()) {
            long n = o.archivesByKind().getOrDefault(k, 0L);
            if (n > 0) archives.getChildren().add(detail(m.name(k), n));
        }
        VBox unarchived = card("home.unarchived", o.unarchived(), "figure-unarchived");
        unarchived.getChildren().add(detail(m.get(o.unarchived() > 0 ? "home.unarchivedHint" : "home.allArchived"), -1));
        if (o.unarchived() > 0) unarchived.getStyleClass().add("card-attention");
        cluster.getStyleClass().remove("accent");
        if (o.unarchived() > 0) cluster.getStyleClass().add("accent");
        VBox cameras = card("home.cameras", o.cameras(), "figure-cameras");
        VBox batches = card("home.batchCount", o.batches(), "figure-batches");
        VBox gallery = card("home.gallery", o.gallery(), "figure-gallery");
        VBox spaces = card("home.spaces", o.spaces().size(), "figure-spaces");
        o.spaces().forEach(s -> spaces.getChildren().add(detail(m.format("home.space", m.name(s.type()), s.vendor(), s.algorithmVersion(),
                String.valueOf(s.dimension())), s.vectorCount())));
        figures.getChildren().addAll(records, archives, unarchived, cameras, batches, gallery, spaces);
    }

    private VBox card(String titleKey, long value, String id) {
        Label title = new Label(m.get(titleKey));
        title.getStyleClass().add("card-title");
        Label v = new Label(m.number(value));
        v.getStyleClass().add("card-value");
        v.setId(id);
        VBox box = new VBox(2, title, v);
        box.getStyleClass().add("card");
        return box;
    }

    private Node detail(String label, long n) {
        Label l = new Label(label);
        l.getStyleClass().add("card-detail");
        if (n < 0) {
            l.setWrapText(true);
            l.setMaxWidth(180);
            return l;
        }
        Label v = new Label(m.number(n));
        v.getStyleClass().add("card-detail-value");
        Region s = new Region();
        HBox.setHgrow(s, Priority.ALWAYS);
        HBox h = new HBox(8, l, s, v);
        h.setMinWidth(170);
        return h;
    }

    private void showQuality() {
        quality.getChildren().clear();
        QualityReport q = model.qualityProperty().get();
        Path truth = model.truthFileProperty().get();
        if (model.qualityProblemProperty().get() != null) {
            Label p = new Label(model.qualityProblemProperty().get());
            p.getStyleClass().add("problem-text");
            p.setWrapText(true);
            quality.getChildren().add(p);
            return;
        }
        if (q == null) {
            Label none = new Label(truth == null ? m.get("home.noTruth") : m.get("home.scoring"));
            none.getStyleClass().add("hint");
            quality.getChildren().add(none);
            return;
        }
        Label source = new Label(m.format("home.truthFrom", truth, q.objects(), q.identities()));
        source.getStyleClass().add("hint");
        GridPane g = new GridPane();
        g.setHgap(28);
        g.setVgap(4);
        g.setId("quality-grid");
        String[][] rows = {
                {m.get("quality.pairwiseF"), pct(q.pairwiseF()), m.get("quality.pairwisePR"), pct(q.pairwisePrecision()) + " / " + pct(q.pairwiseRecall())},
                {m.get("quality.bcubedF"), pct(q.bcubedF()), m.get("quality.bcubedPR"), pct(q.bcubedPrecision()) + " / " + pct(q.bcubedRecall())},
                {m.get("quality.splitRate"), pct(q.splitRate()), m.get("quality.mergeRate"), pct(q.mergeRate())},
                {m.get("quality.purity"), pct(q.purity()), m.get("quality.ratio"), String.format(Locale.ROOT, "%.2f", q.archiveIdentityRatio())}};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < 4; c++) {
                Label l = new Label(rows[r][c]);
                l.getStyleClass().add(c % 2 == 0 ? "fact-key" : "fact-value");
                g.add(l, c, r);
            }
        }
        quality.getChildren().addAll(g, source);
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%.1f%%", x * 100);
    }
}
