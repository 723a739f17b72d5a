package org.judang.ui.corrections;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.judang.engine.CaseSession;
import org.judang.engine.archive.AuditEntry;
import org.judang.engine.archive.CorrectionResult;
import org.judang.ui.Feedback;
import org.judang.ui.concurrent.EngineCalls;
import org.judang.ui.concurrent.ProblemText;
import org.judang.ui.i18n.Messages;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs every correction on the engine thread, then tells the person what it did (with an Undo button) or why it
 * could not be made, refreshes the audit log and lets the views that show the touched archives reload.
 */
public final class CorrectionsController {
    public static final int LOG_PAGE = 500;

    private final CaseSession session;
    private final EngineCalls calls;
    private final Messages m;
    private final Feedback feedback;
    private final ObservableList<AuditEntry> log = FXCollections.observableArrayList();
    private final List<Consumer<CorrectionResult>> changed = new CopyOnWriteArrayList<>();

    public CorrectionsController(CaseSession session, EngineCalls calls, Messages m, Feedback feedback) {
        this.session = session;
        this.calls = calls;
        this.m = m;
        this.feedback = feedback;
    }

    /** Called on the JavaFX thread after each correction, undo or redo that changed the case. */
    public void onChange(Consumer<CorrectionResult> listener) {
        changed.add(listener);
    }

    /**
     * Runs a correction; {@code done} describes it in the person's language, {@code then} (may be null) runs after
     * the views were told.
     */
    public void run(Callable<CorrectionResult> correction, Function<CorrectionResult, String> done, Consumer<CorrectionResult> then) {
        calls.call(correction, r -> {
            feedback.success(m.get("corrections.doneTitle"), done.apply(r), m.get("corrections.undo"), this::undo);
            announce(r);
            if (then != null) then.accept(r);
        }, e -> feedback.error(m.get("corrections.failedTitle"), ProblemText.describe(e, m)));
    }

    public void undo() {
        calls.call(() -> session.corrections().undo(), r -> report(r, "corrections.nothingToUndo"),
                e -> feedback.error(m.get("corrections.failedTitle"), ProblemText.describe(e, m)));
    }

    public void redo() {
        calls.call(() -> session.corrections().redo(), r -> report(r, "corrections.nothingToRedo"),
                e -> feedback.error(m.get("corrections.failedTitle"), ProblemText.describe(e, m)));
    }

    private void report(Optional<CorrectionResult> r, String noneKey) {
        if (r.isEmpty()) {
            feedback.info(m.get("corrections.title"), m.get(noneKey));
            return;
        }
        String key = "UNDO".equals(r.get().action()) ? "corrections.undone" : "corrections.redone";
        feedback.success(m.get("corrections.title"), m.format(key, r.get().summary().replaceFirst("^(Undo|Redo): ", "")), null, null);
        announce(r.get());
    }

    private void announce(CorrectionResult r) {
        reloadLog();
        for (Consumer<CorrectionResult> l : changed) l.accept(r);
    }

    public void reloadLog() {
        calls.call(() -> session.corrections().log(0, LOG_PAGE), log::setAll);
    }

    /** The newest entries of the case's record of work, newest first. */
    public ObservableList<AuditEntry> log() {
        return log;
    }
}
