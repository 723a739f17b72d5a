package org.judang.ui.suggestions;

import org.judang.engine.CaseSession;
import org.judang.engine.archive.MergeSuggestion;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.ui.archive.ArchiveCard;
import org.judang.ui.concurrent.EngineCalls;
import org.judang.ui.corrections.CorrectionsController;
import org.judang.ui.i18n.Messages;

import java.util.List;
import java.util.Optional;

/** Loads the next open suggestion with both archives, and answers it through an undoable correction. */
public final class SuggestionQueueController {
    static final int SAMPLE = 12;

    private final CaseSession session;
    private final EngineCalls calls;
    private final SuggestionQueueViewModel model;
    private final CorrectionsController corrections;
    private final Messages m;

    public SuggestionQueueController(CaseSession session, EngineCalls calls, SuggestionQueueViewModel model, CorrectionsController corrections, Messages m) {
        this.session = session;
        this.calls = calls;
        this.model = model;
        this.corrections = corrections;
        this.m = m;
    }

    public SuggestionQueueViewModel model() {
        return model;
    }

    /** A suggestion (null: none) at a position of the queue, with both archives. */
    private record Loaded(int at, MergeSuggestion suggestion, SuggestionSide left, SuggestionSide right) {}

    /**
     * Shows the first open suggestion past the skipped ones, then counts the open suggestions: after each answer the
     * count checks that both archives of every suggestion still exist (135-190 ms at 60,000 suggestions; kept until
     * the case changes), so the next pair is shown before it, and a person answering from the keyboard does not wait.
     */
    public void load() {
        model.loadingProperty().set(true);
        int offset = model.skippedProperty().get();
        calls.call(() -> {
            int at = offset;
            List<MergeSuggestion> page = session.suggestions(at, 1);
            if (page.isEmpty() && at > 0) {
                // skipped past the end (the queue shrank meanwhile): the last one
                at = (int) Math.max(0, session.countSuggestions() - 1);
                page = session.suggestions(at, 1);
            }
            if (page.isEmpty()) return new Loaded(at, null, null, null);
            MergeSuggestion s = page.get(0);
            return new Loaded(at, s, side(s.a()).orElse(null), side(s.b()).orElse(null));
        }, l -> {
            model.loadingProperty().set(false);
            if (l.at() != offset) model.skippedProperty().set(l.at());
            model.currentProperty().set(l.suggestion());
            model.leftProperty().set(l.left());
            model.rightProperty().set(l.right());
        });
        calls.call(session::countSuggestions, model.openProperty()::set);
    }

    /** An archive as the queue shows it: its card (cover crop, name) and the members closest to its centre. */
    private Optional<SuggestionSide> side(String archiveId) {
        Optional<Archive> a = session.archive(archiveId);
        if (a.isEmpty()) return Optional.empty();
        String crop = a.get().coverRecordId() == null ? null : session.record(a.get().coverRecordId()).map(ObjectRecord::cropImage).orElse(null);
        List<ObjectRecord> sample = session.closestMembers(archiveId, SAMPLE);
        return Optional.of(new SuggestionSide(new ArchiveCard(a.get(), crop, session.realName(archiveId).orElse(null)), sample));
    }

    public void answer(MergeSuggestion.Answer answer) {
        MergeSuggestion s = model.currentProperty().get();
        if (s == null) return;
        String key = switch (answer) {
            case YES -> "done.suggestionYes";
            case NO -> "done.suggestionNo";
            case NOT_SURE -> "done.suggestionNotSure";
        };
        corrections.run(() -> session.answerSuggestion(s, answer), r -> m.get(key), r -> model.answeredProperty().set(model.answeredProperty().get() + 1));
    }

    /** Looks past the current suggestion without answering it. */
    public void skip() {
        if (model.currentProperty().get() == null) return;
        model.skippedProperty().set(model.skippedProperty().get() + 1);
        load();
    }

    /** Back to the first open suggestion, skipped ones included. */
    public void restart() {
        model.skippedProperty().set(0);
        load();
    }

    /** Looks for suggestions again (after many corrections). */
    public void refresh() {
        model.loadingProperty().set(true);
        calls.call(() -> session.refreshSuggestions(ProgressListener.NONE, CancellationToken.none()), n -> restart());
    }
}
