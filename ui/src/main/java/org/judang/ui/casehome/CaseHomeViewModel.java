package org.judang.ui.casehome;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.judang.engine.CaseOverview;
import org.judang.engine.ingest.ImportIssue;
import org.judang.engine.ingest.ImportReport;
import org.judang.engine.metrics.QualityReport;

import java.nio.file.Path;

/**
 * What the case home shows: the case's figures, its import reports (newest first, without their lists of issues), the
 * issues of the report selected once read, and quality figures when known.
 */
public final class CaseHomeViewModel {
    private final ObjectProperty<CaseOverview> overview = new SimpleObjectProperty<>();
    private final ObservableList<ImportReport> history = FXCollections.observableArrayList();
    private final ObjectProperty<ImportReport> selectedReport = new SimpleObjectProperty<>();
    private final ObservableList<ImportIssue> issues = FXCollections.observableArrayList();
    private final ObjectProperty<Path> truthFile = new SimpleObjectProperty<>();
    private final ObjectProperty<QualityReport> quality = new SimpleObjectProperty<>();
    private final StringProperty qualityProblem = new SimpleStringProperty();

    public ObjectProperty<CaseOverview> overviewProperty() { return overview; }
    public ObservableList<ImportReport> history() { return history; }
    public ObjectProperty<ImportReport> selectedReportProperty() { return selectedReport; }
    /** The listed issues of the selected report, once {@link CaseHomeController#showIssuesOf} has read them. */
    public ObservableList<ImportIssue> issues() { return issues; }
    public ObjectProperty<Path> truthFileProperty() { return truthFile; }
    public ObjectProperty<QualityReport> qualityProperty() { return quality; }
    public StringProperty qualityProblemProperty() { return qualityProblem; }
}
