package org.judang.ui.casehome;

import org.judang.engine.CaseSession;
import org.judang.engine.ingest.ImportReport;
import org.judang.ui.concurrent.EngineCalls;
import org.judang.ui.concurrent.ProblemText;
import org.judang.ui.i18n.Messages;
import org.judang.ui.settings.UserSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** Loads the case home's figures and reports on the engine thread; scores the case against a truth file. */
public final class CaseHomeController {
    private final CaseSession session;
    private final EngineCalls calls;
    private final CaseHomeViewModel model;
    private final UserSettings settings;
    private final Messages m;
    private boolean scoreStale = true;
    /** The batch whose issues {@link CaseHomeViewModel#issues()} holds (or is being read); null for none. */
    private Long issuesOf;

    public CaseHomeController(CaseSession session, EngineCalls calls, CaseHomeViewModel model, UserSettings settings, Messages m) {
        this.session = session;
        this.calls = calls;
        this.model = model;
        this.settings = settings;
        this.m = m;
    }

    public CaseHomeViewModel model() {
        return model;
    }

    public CaseSession session() {
        return session;
    }

    /**
     * Reloads the figures and the import reports. The quality figures (a pass over the whole case) are only marked
     * out of date: they are computed again when the home is shown ({@link #scoreIfStale()}).
     */
    public void refresh() {
        refreshFigures();
        refreshHistory();
    }

    /**
     * Reloads the figures only (after a correction: the batches and their reports are as they were, and reading them
     * again parses every report, up to 10,000 issues each, 10–40 ms at a million records).
     */
    public void refreshFigures() {
        scoreStale = true;
        calls.call(session::overview, model.overviewProperty()::set);
    }

    /**
     * Reloads the imported batches and their reports, without their lists of issues (up to 10,000 a batch): those
     * of the report shown are read by {@link #showIssuesOf}.
     */
    public void refreshHistory() {
        calls.call(() -> {
            List<ImportReport> h = new ArrayList<>(session.importSummaries());
            Collections.reverse(h);
            return h;
        }, h -> {
            ImportReport sel = model.selectedReportProperty().get();
            boolean newBatch = h.size() != model.history().size();
            model.history().setAll(h);
            // a new import shows its own report; otherwise the report the person was reading stays
            model.selectedReportProperty().set(h.isEmpty() ? null
                    : sel == null || newBatch ? h.get(0)
                    : h.stream().filter(r -> r.batch().equals(sel.batch()) && java.util.Objects.equals(r.batchSeq(), sel.batchSeq())).findFirst().orElse(h.get(0)));
        });
    }

    /**
     * Reads the listed issues of a report into {@link CaseHomeViewModel#issues()}, unless they are there already (or
     * being read): when the home shows the report. A report's issues do not change once it is stored.
     */
    public void showIssuesOf(ImportReport report) {
        Long seq = report == null ? null : report.batchSeq();
        if (java.util.Objects.equals(seq, issuesOf)) return;
        issuesOf = seq;
        model.issues().clear();
        if (seq == null) return;
        calls.call(() -> session.importReport(seq).map(ImportReport::issues).orElse(List.of()), list -> {
            if (seq.equals(issuesOf)) model.issues().setAll(list);
        });
    }

    /** Scores the case again if it changed since it was last scored and a truth file is known (the home is being shown). */
    public void scoreIfStale() {
        if (!scoreStale) return;
        if (model.truthFileProperty().get() == null) settings.truthFile(session.folder()).ifPresent(model.truthFileProperty()::set);
        if (model.truthFileProperty().get() != null) evaluate(model.truthFileProperty().get());
        else scoreStale = false;
    }

    /** Quality figures (GA/T 2350.5 7.1) of the case's archives against a truth file; remembered for the case. */
    public void evaluate(Path truth) {
        scoreStale = false;
        model.truthFileProperty().set(truth);
        model.qualityProblemProperty().set(null);
        calls.call(() -> session.evaluate(truth, Set.of()), q -> {
            model.qualityProperty().set(q);
            settings.setTruthFile(session.folder(), truth);
        }, e -> {
            model.qualityProperty().set(null);
            model.qualityProblemProperty().set(ProblemText.describe(e, m));
        });
    }
}
