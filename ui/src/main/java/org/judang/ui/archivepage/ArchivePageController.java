package org.judang.ui.archivepage;

import org.judang.engine.CaseSession;
import org.judang.engine.archive.CorrectionResult;
import org.judang.engine.archive.RealName;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.Camera;
import org.judang.engine.model.ObjectRecord;
import org.judang.ui.archive.ArchiveCard;
import org.judang.ui.concurrent.EngineCalls;
import org.judang.ui.corrections.CorrectionsController;
import org.judang.ui.i18n.Messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Loads an archive and its members on the engine thread into the {@link ArchivePageViewModel}, and turns the page's
 * commands (split, not this identity, move, confirm, hide, name, notes, tags, cover) into corrections.
 */
public final class ArchivePageController {
    private final CaseSession session;
    private final EngineCalls calls;
    private final ArchivePageViewModel model;
    private final CorrectionsController corrections;
    private final Messages m;
    private Consumer<String> onGone = id -> {};

    public ArchivePageController(CaseSession session, EngineCalls calls, ArchivePageViewModel model, CorrectionsController corrections, Messages m) {
        this.session = session;
        this.calls = calls;
        this.model = model;
        this.corrections = corrections;
        this.m = m;
    }

    public ArchivePageViewModel model() {
        return model;
    }

    /** Called with the archive's ID when the archive shown no longer exists (merged away, emptied). */
    public void onGone(Consumer<String> listener) {
        this.onGone = listener;
    }

    public void open(String archiveId) {
        load(archiveId, false);
    }

    /** Loads the shown archive again after a change, keeping the focus and what is still selected. */
    public void reload() {
        Archive a = model.archiveProperty().get();
        if (a != null) load(a.id(), true);
    }

    private record Loaded(Optional<Archive> archive, List<ObjectRecord> members, String notes, String tags, List<Camera> cameras, RealName realName) {}

    private void load(String archiveId, boolean keepSelection) {
        model.loadingProperty().set(true);
        boolean needCameras = model.cameras().isEmpty();
        calls.call(() -> {
            Optional<Archive> a = session.archive(archiveId);
            if (a.isEmpty()) return new Loaded(a, List.of(), null, null, List.of(), null);
            return new Loaded(a, session.members(archiveId), session.archiveNotes(archiveId).orElse(""),
                    String.join(", ", session.archiveTags(archiveId)), needCameras ? session.cameras() : List.of(), session.realName(archiveId).orElse(null));
        }, l -> {
            model.loadingProperty().set(false);
            for (Camera c : l.cameras()) model.cameras().put(c.apeId(), c);
            if (l.archive().isEmpty()) {
                onGone.accept(archiveId);
                return;
            }
            model.realNameProperty().set(l.realName());
            model.show(l.archive().get(), l.members(), l.notes(), l.tags(), keepSelection);
        });
    }

    private String archiveId() {
        return model.archiveProperty().get().id();
    }

    private String title() {
        Archive a = model.archiveProperty().get();
        return new ArchiveCard(a, null).title();
    }

    /** The selected members go to a new archive of their own. */
    public void split() {
        List<String> ids = model.selectedIds();
        if (ids.isEmpty()) return;
        corrections.run(() -> session.corrections().split(ids), r -> m.format("done.split", ids.size(), ArchiveCard.shortId(r.createdArchive())), null);
    }

    /** The selected members are not this identity: they leave the archive and never rejoin it. */
    public void notThisIdentity() {
        List<String> ids = model.selectedIds();
        if (ids.isEmpty()) return;
        corrections.run(() -> session.corrections().notThisIdentity(ids), r -> m.format("done.reject", ids.size()), null);
    }

    public void moveTo(String targetArchiveId) {
        List<String> ids = model.selectedIds();
        if (ids.isEmpty()) return;
        corrections.run(() -> session.corrections().move(ids, targetArchiveId), r -> m.format("done.move", ids.size(), ArchiveCard.shortId(targetArchiveId)), null);
    }

    public void confirm(Consumer<CorrectionResult> then) {
        String t = title();
        String id = archiveId();
        corrections.run(() -> session.corrections().confirm(id), r -> m.format("done.confirm", t), then);
    }

    public void hide(Consumer<CorrectionResult> then) {
        String t = title();
        String id = archiveId();
        corrections.run(() -> session.corrections().setStatus(id, ArchiveStatus.HIDDEN), r -> m.format("done.hide", t), then);
    }

    /** Captures of two archives at one camera within this many seconds count as seen together. */
    public static final long TOGETHER_SECONDS = 60;
    private static final int RELATED_SHOWN = 20;

    /** Archives seen with this one: at the same camera within {@link #TOGETHER_SECONDS}, most often first. */
    public void loadCompanions() {
        String id = archiveId();
        calls.call(() -> session.companions(id, TOGETHER_SECONDS, RELATED_SHOWN).stream()
                .flatMap(c -> card(c.archiveId()).map(card -> new RelatedArchive(card, c.together(), -1)).stream()).toList(), l -> {
            if (model.archiveProperty().get() != null && id.equals(model.archiveProperty().get().id())) model.companions().setAll(l);
        });
    }

    /** Archives whose centre is like the focused capture (以图搜档), most similar first; this archive left out. */
    public void searchSimilar() {
        ObjectRecord r = model.focused().orElse(null);
        if (r == null) return;
        String id = archiveId();
        calls.call(() -> {
            var hits = session.searchByRecord(r.id(), 0, RELATED_SHOWN + 1).stream().filter(x -> !x.archive().id().equals(id)).limit(RELATED_SHOWN).toList();
            List<ArchiveCard> cards = ArchiveCard.of(session, hits.stream().map(x -> x.archive()).toList());
            return java.util.stream.IntStream.range(0, hits.size()).mapToObj(i -> new RelatedArchive(cards.get(i), -1, hits.get(i).similarity())).toList();
        }, l -> {
            if (model.archiveProperty().get() != null && id.equals(model.archiveProperty().get().id())) model.similar().setAll(l);
        });
    }

    private Optional<ArchiveCard> card(String archiveId) {
        return session.archive(archiveId).map(a -> ArchiveCard.of(session, a));
    }

    /** The person confirms or rejects the proposed match with a known person of the gallery. */
    public void judgeRealName(boolean confirm) {
        RealName r = model.realNameProperty().get();
        if (r == null) return;
        String id = archiveId();
        corrections.run(() -> session.corrections().judgeRealName(id, r.galleryId(), confirm),
                x -> m.format(confirm ? "done.realName" : "done.realNameRejected", r.name()), null);
    }

    /** Shows a hidden archive in the grid again. */
    public void unhide() {
        String t = title();
        String id = archiveId();
        corrections.run(() -> session.corrections().setStatus(id, ArchiveStatus.AUTOMATIC), r -> m.format("done.unhide", t), null);
    }

    public void setCover(String recordId) {
        String id = archiveId();
        corrections.run(() -> session.corrections().setCover(id, recordId), r -> m.get("done.cover"), null);
    }

    /** Saves the fields that differ from what is stored, one correction each (each undoable on its own). */
    public void saveDetails(String name, String notes, String tags) {
        Archive a = model.archiveProperty().get();
        String id = a.id();
        String oldName = a.name() == null ? "" : a.name();
        List<Runnable> edits = new ArrayList<>();
        if (!name.strip().equals(oldName)) {
            edits.add(() -> corrections.run(() -> session.corrections().rename(id, name), r -> m.get("done.name"), null));
        }
        if (!notes.strip().equals(model.notesProperty().get().strip())) {
            edits.add(() -> corrections.run(() -> session.corrections().setNotes(id, notes), r -> m.get("done.notes"), null));
        }
        if (!normaliseTags(tags).equals(normaliseTags(model.tagsProperty().get()))) {
            List<String> list = normaliseTags(tags);
            edits.add(() -> corrections.run(() -> session.corrections().setTags(id, list), r -> m.get("done.tags"), null));
        }
        edits.forEach(Runnable::run);
    }

    /** Tags as typed: separated by commas (ASCII or Chinese), trimmed, no empties. */
    static List<String> normaliseTags(String text) {
        if (text == null) return List.of();
        return Arrays.stream(text.split("[,，;；]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
