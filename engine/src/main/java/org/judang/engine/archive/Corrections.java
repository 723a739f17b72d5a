package org.judang.engine.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.judang.engine.model.Archive;
import org.judang.engine.model.FailurePhrase;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.CaseTime;
import org.judang.engine.model.FeatureSpace;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.store.Archives;
import org.judang.engine.store.Audit;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.Constraints;
import org.judang.engine.store.FeatureSpaces;
import org.judang.engine.store.RealNames;
import org.judang.engine.store.Records;
import org.judang.engine.store.Suggestions;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person's corrections to archives — merge, split, move, "not this identity", confirm, hide, name, notes, tags,
 * cover — each written as a change set in the audit log in the same transaction that applies it, so that undo and
 * redo work across restarts. Each correction also writes the constraints later clustering honours.
 */
public final class Corrections {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {};

    private final CaseStore store;
    private final String actor;
    private final java.util.function.Consumer<CorrectionResult> committed;

    public Corrections(CaseStore store, String actor) {
        this(store, actor, r -> { });
    }

    /** @param committed told of each correction, undo and redo once it is committed, on the thread that made it */
    public Corrections(CaseStore store, String actor, java.util.function.Consumer<CorrectionResult> committed) {
        this.store = store;
        this.actor = actor;
        this.committed = committed;
    }

    public MergePreview previewMerge(List<String> archiveIds, String survivor) {
        return store.db().read(c -> {
            List<Archive> all = load(c, archiveIds);
            Archive s = all.stream().filter(a -> a.id().equals(survivor)).findFirst()
                    .orElseThrow(() -> new CorrectionException(FailurePhrase.CORRECTION_SURVIVOR_NOT_MERGED, survivor));
            String[] e = Archives.editable(c, survivor);
            return new MergePreview(survivor, s.name(), e[0], s.coverRecordId(), all.stream().mapToInt(Archive::recordCount).sum(),
                    all.stream().map(Archive::id).filter(id -> !id.equals(survivor)).toList());
        });
    }

    /** Merges archives into the survivor, which keeps its ID, name, notes and cover; the others are deleted. */
    public CorrectionResult merge(List<String> archiveIds, String survivor) {
        if (new LinkedHashSet<>(archiveIds).size() < 2) throw new CorrectionException(FailurePhrase.CORRECTION_MERGE_TOO_FEW);
        return store.db().inTransaction(c -> {
            List<Archive> all = load(c, archiveIds);
            Archive s = all.stream().filter(a -> a.id().equals(survivor)).findFirst()
                    .orElseThrow(() -> new CorrectionException(FailurePhrase.CORRECTION_SURVIVOR_NOT_MERGED, survivor));
            List<Change> changes = new ArrayList<>();
            for (Archive a : all) {
                if (a.id().equals(s.id())) continue;
                if (a.kind() != s.kind()) throw new CorrectionException(FailurePhrase.CORRECTION_MERGE_KINDS, a.kind(), s.kind());
                Map<String, Records.State> members = Records.statesIn(c, a.id());
                List<String> ids = List.copyOf(members.keySet());
                changes.add(new Change.Move(ids, a.id(), s.id()));
                // a person put them together: a later re-clustering leaves them in the survivor
                changes.add(lockStates(members, ids, true));
                changes.add(new Change.DeleteArchive(fields(c, a)));
            }
            int absorbed = all.size() - 1;
            return commit(c, "MERGE", "Merged " + absorbed + " archive" + (absorbed == 1 ? "" : "s") + " into " + s.id(), changes, null);
        });
    }

    /** Moves the selected records (all of one archive) into a new archive that is never merged back automatically. */
    public CorrectionResult split(List<String> recordIds) {
        return store.db().inTransaction(c -> {
            List<ObjectRecord> recs = records(c, recordIds);
            String from = recs.get(0).archiveId();
            if (from == null || recs.stream().anyMatch(r -> !from.equals(r.archiveId()))) {
                throw new CorrectionException(FailurePhrase.CORRECTION_SPLIT_SEVERAL);
            }
            Archive source = Archives.byId(c, from).orElseThrow();
            List<String> ids = recs.stream().map(ObjectRecord::id).toList();
            String newId = ArchiveIds.reserve(c, store.libraryId(), source.kind(), 1)[0];
            List<Change> changes = new ArrayList<>();
            changes.add(new Change.CreateArchive(new ArchiveFields(newId, source.kind(), recs.get(0).type(), ArchiveStatus.AUTOMATIC, null, null, null,
                    null, false, CaseTime.now())));
            changes.add(new Change.Move(ids, from, newId));
            changes.add(lock(recs, true));
            changes.add(new Change.AddConstraint(Constraint.cannotLinkArchives(from, newId)));
            if (Archives.memberCount(c, from) == ids.size()) changes.add(new Change.DeleteArchive(fields(c, source)));
            return commit(c, "SPLIT", "Split " + ids.size() + " record" + (ids.size() == 1 ? "" : "s") + " from " + from + " into " + newId, changes, newId);
        });
    }

    /** Moves records into another archive; they are locked there (a person placed them). */
    public CorrectionResult move(List<String> recordIds, String target) {
        return store.db().inTransaction(c -> {
            Archive t = Archives.byId(c, target).orElseThrow(() -> new CorrectionException(FailurePhrase.CORRECTION_NO_ARCHIVE, target));
            List<ObjectRecord> recs = records(c, recordIds);
            List<Change> changes = new ArrayList<>();
            Map<String, List<String>> byFrom = new LinkedHashMap<>();
            for (ObjectRecord r : recs) {
                if (r.type().archiveKind() != t.kind()) throw new CorrectionException(FailurePhrase.CORRECTION_MOVE_KIND, r.type(), t.kind());
                if (!target.equals(r.archiveId())) byFrom.computeIfAbsent(r.archiveId(), k -> new ArrayList<>()).add(r.id());
            }
            if (byFrom.isEmpty()) throw new CorrectionException(FailurePhrase.CORRECTION_ALREADY_THERE, target);
            for (Map.Entry<String, List<String>> e : byFrom.entrySet()) {
                changes.add(new Change.Move(e.getValue(), e.getKey(), target));
                for (String id : e.getValue()) {
                    Constraint barred = Constraint.recordNotIn(id, target);
                    if (Constraints.involving(c, id).contains(toRow(barred))) changes.add(new Change.RemoveConstraint(barred));
                }
            }
            changes.add(lock(recs, true));
            for (String from : byFrom.keySet()) {
                if (from != null && Archives.memberCount(c, from) == byFrom.get(from).size()) {
                    changes.add(new Change.DeleteArchive(fields(c, Archives.byId(c, from).orElseThrow())));
                }
            }
            int n = byFrom.values().stream().mapToInt(List::size).sum();
            return commit(c, "MOVE", "Moved " + n + " record" + (n == 1 ? "" : "s") + " into " + target, changes, null);
        });
    }

    /** Takes records out of their archive for good: they will be clustered again but never rejoin it. */
    public CorrectionResult notThisIdentity(List<String> recordIds) {
        return notThisIdentity(null, recordIds);
    }

    /**
     * Takes records out of one archive for good, as {@link #notThisIdentity(List)}, checking in the same transaction
     * that each is still in it (a request from outside names the archive it saw them in).
     */
    public CorrectionResult notThisIdentity(String archiveId, List<String> recordIds) {
        return store.db().inTransaction(c -> {
            List<ObjectRecord> recs = records(c, recordIds);
            Map<String, List<String>> byFrom = new LinkedHashMap<>();
            for (ObjectRecord r : recs) {
                if (r.archiveId() == null) throw new CorrectionException(FailurePhrase.CORRECTION_RECORD_NOT_ARCHIVED, r.id());
                if (archiveId != null && !archiveId.equals(r.archiveId())) throw new CorrectionException(FailurePhrase.CORRECTION_RECORD_ELSEWHERE, r.id(), archiveId);
                byFrom.computeIfAbsent(r.archiveId(), k -> new ArrayList<>()).add(r.id());
            }
            List<Change> changes = new ArrayList<>();
            changes.add(lock(recs, false));
            for (Map.Entry<String, List<String>> e : byFrom.entrySet()) {
                changes.add(new Change.Move(e.getValue(), e.getKey(), null));
                for (String id : e.getValue()) changes.add(new Change.AddConstraint(Constraint.recordNotIn(id, e.getKey())));
                if (Archives.memberCount(c, e.getKey()) == e.getValue().size()) {
                    changes.add(new Change.DeleteArchive(fields(c, Archives.byId(c, e.getKey()).orElseThrow())));
                }
            }
            return commit(c, "REJECT", "Took " + recs.size() + " record" + (recs.size() == 1 ? "" : "s") + " out of " + String.join(", ", byFrom.keySet())
                    + " (not this identity)", changes, null);
        });
    }

    /** A person vouches for the archive: it is never merged automatically and its records never move. */
    public CorrectionResult confirm(String archiveId) {
        return store.db().inTransaction(c -> {
            Archive a = Archives.byId(c, archiveId).orElseThrow(() -> new CorrectionException(FailurePhrase.CORRECTION_NO_ARCHIVE, archiveId));
            List<ObjectRecord> recs = Records.list(c, "WHERE archive_id=? ORDER BY id", List.of(archiveId));
            List<Change> changes = new ArrayList<>();
            changes.add(new Change.SetField(archiveId, Change.Field.STATUS, a.status().name(), ArchiveStatus.CONFIRMED.name()));
            List<String> unlocked = recs.stream().filter(r -> !r.locked()).map(ObjectRecord::id).toList();
            if (!unlocked.isEmpty()) changes.add(new Change.SetLocked(unlocked, false, true));
            return commit(c, "CONFIRM", "Confirmed " + archiveId, changes, null);
        });
    }

    public CorrectionResult setStatus(String archiveId, ArchiveStatus status) {
        return edit(archiveId, Change.Field.STATUS, status.name(), status == ArchiveStatus.HIDDEN ? "HIDE" : "STATUS");
    }

    public CorrectionResult rename(String archiveId, String name) { return edit(archiveId, Change.Field.NAME, blankToNull(name), "NAME"); }

    public CorrectionResult setNotes(String archiveId, String notes) { return edit(archiveId, Change.Field.NOTES, blankToNull(notes), "NOTES"); }

    public CorrectionResult setTags(String archiveId, List<String> tags) {
        String joined = tags.stream().map(String::trim).filter(t -> !t.isEmpty()).distinct().reduce((x, y) -> x + "," + y).orElse(null);
        return edit(archiveId, Change.Field.TAGS, joined, "TAGS");
    }

    /** Makes one of the archive's records its cover, or returns to the automatic choice with {@code null}. */
    public CorrectionResult setCover(String archiveId, String recordId) {
        if (recordId != null) {
            ObjectRecord r = store.db().read(c -> Records.byId(c, recordId)).orElseThrow(() -> new CorrectionException(FailurePhrase.CORRECTION_NO_RECORD, recordId));
            if (!archiveId.equals(r.archiveId())) throw new CorrectionException(FailurePhrase.CORRECTION_RECORD_ELSEWHERE, recordId, archiveId);
        }
        return edit(archiveId, Change.Field.COVER, recordId, "COVER");
    }

    /**
     * Answers a merge suggestion: yes merges the two (the confirmed or larger archive survives), no writes a
     * cannot-link so the pair is never suggested or merged automatically again, not sure sets it aside.
     */
    public CorrectionResult answer(MergeSuggestion s, MergeSuggestion.Answer answer) {
        String a = s.a().compareTo(s.b()) <= 0 ? s.a() : s.b(), b = a.equals(s.a()) ? s.b() : s.a();
        return store.db().inTransaction(c -> {
            String before = Suggestions.state(c, a, b).orElseThrow(() -> new CorrectionException(FailurePhrase.CORRECTION_NO_SUGGESTION, a, b));
            if (!before.equals("OPEN")) throw new CorrectionException(FailurePhrase.CORRECTION_SUGGESTION_ANSWERED, before);
            List<Change> changes = new ArrayList<>();
            String summary;
            switch (answer) {
                case YES -> {
                    Archive x = Archives.byId(c, a).orElseThrow(() -> new CorrectionException(FailurePhrase.CORRECTION_NO_ARCHIVE, a));
                    Archive y = Archives.byId(c, b).orElseThrow(() -> new CorrectionException(FailurePhrase.CORRECTION_NO_ARCHIVE, b));
                    Archive survivor = x.status() == ArchiveStatus.CONFIRMED && y.status() != ArchiveStatus.CONFIRMED ? x
                            : y.status() == ArchiveStatus.CONFIRMED && x.status() != ArchiveStatus.CONFIRMED ? y
                            : x.recordCount() >= y.recordCount() ? x : y;
                    Archive absorbed = survivor == x ? y : x;
                    if (absorbed.kind() != survivor.kind()) throw new CorrectionException(FailurePhrase.CORRECTION_MERGE_KINDS, absorbed.kind(), survivor.kind());
                    changes.add(new Change.Move(Archives.memberIds(c, absorbed.id()), absorbed.id(), survivor.id()));
                    changes.add(new Change.DeleteArchive(fields(c, absorbed)));
                    summary = "Suggestion: yes, merged " + absorbed.id() + " into " + survivor.id();
                }
                case NO -> {
                    changes.add(new Change.AddConstraint(Constraint.cannotLinkArchives(a, b)));
                    summary = "Suggestion: no, " + a + " and " + b + " are different identities";
                }
                default -> summary = "Suggestion: not sure about " + a + " and " + b;
            }
            changes.add(new Change.SetSuggestion(a, b, "OPEN", answer.name()));
            return commit(c, "SUGGESTION", summary, changes, null);
        });
    }

    /** Confirms or rejects the match of an archive with a known person of the gallery. */
    public CorrectionResult judgeRealName(String archiveId, String galleryId, boolean confirm) {
        return store.db().inTransaction(c -> {
            String before = RealNames.state(c, archiveId, galleryId)
                    .orElseThrow(() -> new CorrectionException(FailurePhrase.CORRECTION_NO_MATCH, archiveId, galleryId));
            String after = confirm ? "CONFIRMED" : "REJECTED";
            if (before.equals(after)) throw new CorrectionException(confirm ? FailurePhrase.CORRECTION_MATCH_ALREADY_CONFIRMED : FailurePhrase.CORRECTION_MATCH_ALREADY_REJECTED);
            List<Change> changes = List.of(new Change.SetRealName(archiveId, galleryId, before, after));
            return commit(c, confirm ? "REALNAME" : "REALNAME_REJECT",
                    (confirm ? "Confirmed" : "Rejected") + " real-name match of " + archiveId + " with " + galleryId, changes, null);
        });
    }

    /** Undoes the newest correction still done; empty when there is none. */
    public Optional<CorrectionResult> undo() {
        return store.db().inTransaction(c -> undo(c, Audit.lastDone(c)));
    }

    /**
     * Undoes one earlier correction, leaving later ones in place: undoing a merge after the survivor was renamed and
     * lost a record to another archive brings the absorbed archive back with the records still in the survivor, and
     * keeps the name and the move.
     */
    public CorrectionResult undo(long auditSeq) {
        return store.db().inTransaction(c -> {
            Optional<Audit.Entry> e = Audit.bySeq(c, auditSeq);
            if (e.isEmpty() || !e.get().manual() || List.of("UNDO", "REDO").contains(e.get().action())) {
                throw new CorrectionException(FailurePhrase.CORRECTION_NOT_UNDOABLE, auditSeq);
            }
            if (!"DONE".equals(e.get().state())) throw new CorrectionException(FailurePhrase.CORRECTION_ALREADY_UNDONE, auditSeq);
            return undo(c, e).orElseThrow();
        });
    }

    private Optional<CorrectionResult> undo(Connection c, Optional<Audit.Entry> e) throws SQLException {
            if (e.isEmpty()) return Optional.empty();
            List<Change> forward = parse(e.get().changes());
            List<Change> inverse = new ArrayList<>();
            for (int i = forward.size() - 1; i >= 0; i--) inverse.add(forward.get(i).inverse());
            Set<String> touched = apply(c, inverse);
            Audit.setState(c, e.get().seq(), "UNDONE");
            long seq = Audit.append(c, CaseTime.now(), actor, true, "UNDO", "Undo: " + e.get().summary(), write(inverse));
            return Optional.of(announce(new CorrectionResult(seq, "UNDO", "Undo: " + e.get().summary(), touched, null)));
    }

    /** Redoes the oldest correction undone since the last new one; empty when there is none. */
    public Optional<CorrectionResult> redo() {
        return store.db().inTransaction(c -> {
            Optional<Audit.Entry> e = Audit.nextUndone(c);
            if (e.isEmpty()) return Optional.empty();
            List<Change> forward = parse(e.get().changes());
            Set<String> touched = apply(c, forward);
            Audit.setState(c, e.get().seq(), "DONE");
            long seq = Audit.append(c, CaseTime.now(), actor, true, "REDO", "Redo: " + e.get().summary(), e.get().changes());
            return Optional.of(announce(new CorrectionResult(seq, "REDO", "Redo: " + e.get().summary(), touched, null)));
        });
    }

    public List<AuditEntry> log(int offset, int limit) {
        return store.db().read(c -> Audit.page(c, offset, limit)).stream()
                .map(e -> new AuditEntry(e.seq(), e.time(), e.actor(), e.manual(), e.action(), e.summary(), "UNDONE".equals(e.state()), e.changes()))
                .toList();
    }

    // ---- mechanics -------------------------------------------------------------------------------------------

    private CorrectionResult edit(String archiveId, Change.Field field, String value, String action) {
        return store.db().inTransaction(c -> {
            Archive a = Archives.byId(c, archiveId).orElseThrow(() -> new CorrectionException(FailurePhrase.CORRECTION_NO_ARCHIVE, archiveId));
            String before = current(c, a, field);
            if (Objects.equals(before, value)) throw new CorrectionException(FailurePhrase.CORRECTION_NOTHING_TO_CHANGE, field.name().toLowerCase());
            List<Change> changes = List.of(new Change.SetField(archiveId, field, before, value));
            String what = value == null ? "cleared" : "set to '" + value + "'";
            return commit(c, action, field.name().charAt(0) + field.name().substring(1).toLowerCase() + " of " + archiveId + " " + what, changes, null);
        });
    }

    private CorrectionResult commit(Connection c, String action, String summary, List<Change> changes, String created) throws SQLException {
        Set<String> touched = apply(c, changes);
        long seq = Audit.append(c, CaseTime.now(), actor, true, action, summary, write(changes));
        return announce(new CorrectionResult(seq, action, summary, touched, created));
    }

    /** Tells the listener once the running transaction has committed. */
    private CorrectionResult announce(CorrectionResult r) {
        store.db().afterCommit(() -> committed.accept(r));
        return r;
    }

    /** Applies changes in order, then recomputes the basic info of every archive they touched that still exists. */
    private Set<String> apply(Connection c, List<Change> changes) throws SQLException {
        Set<String> touched = new TreeSet<>();
        for (int i = 0; i < changes.size(); i++) {
            Change ch = changes.get(i);
            Change next = i + 1 < changes.size() ? changes.get(i + 1) : null;
            // a merge moves records and locks them (its undo unlocks and moves them back): the two, side by side, are
            // written together, each row once
            if (ch instanceof Change.Move m && next instanceof Change.SetLocked sl) {
                move(c, m, sl, touched);
                i++;
            } else if (ch instanceof Change.SetLocked sl && next instanceof Change.Move m) {
                move(c, m, sl, touched);
                i++;
            } else if (ch instanceof Change.Move m) {
                move(c, m, null, touched);
            } else if (ch instanceof Change.CreateArchive ca) {
                ArchiveFields f = ca.archive();
                if (Archives.byId(c, f.id()).isPresent()) continue;
                Archives.upsert(c, new Archive(f.id(), f.kind(), f.primaryType(), f.cover(), 0, null, null, null, null, 0, 0, f.status(), null,
                        f.name(), f.createTime(), CaseTime.now()));
                Archives.setField(c, f.id(), "notes", f.notes());
                Archives.setField(c, f.id(), "tags", f.tags());
                if (f.coverChosen()) Archives.setCover(c, f.id(), f.cover(), true);
                touched.add(f.id());
            } else if (ch instanceof Change.DeleteArchive da) {
                String id = da.archive().id();
                if (Archives.byId(c, id).isPresent() && Archives.memberCount(c, id) == 0) Archives.delete(c, id);
                touched.add(id);
            } else if (ch instanceof Change.SetField sf) {
                Optional<Archive> a = Archives.byId(c, sf.archive());
                if (a.isEmpty() || !Objects.equals(current(c, a.get(), sf.field()), sf.before())) continue; // changed since: leave it
                switch (sf.field()) {
                    case NAME -> Archives.setField(c, sf.archive(), "name", sf.after());
                    case NOTES -> Archives.setField(c, sf.archive(), "notes", sf.after());
                    case TAGS -> Archives.setField(c, sf.archive(), "tags", sf.after());
                    case STATUS -> Archives.setField(c, sf.archive(), "status", sf.after());
                    case COVER -> Archives.setCover(c, sf.archive(), sf.after(), sf.after() != null);
                }
                touched.add(sf.archive());
            } else if (ch instanceof Change.AddConstraint ac) {
                Constraints.add(c, toRow(ac.constraint()), CaseTime.now());
            } else if (ch instanceof Change.RemoveConstraint rc) {
                Constraints.remove(c, toRow(rc.constraint()));
            } else if (ch instanceof Change.SetLocked sl) {
                Records.setLocked(c, sl.records(), sl.after());
            } else if (ch instanceof Change.SetRealName sr) {
                if (RealNames.state(c, sr.archive(), sr.gallery()).map(x -> x.equals(sr.before())).orElse(false)) {
                    RealNames.setState(c, sr.archive(), sr.gallery(), sr.after(), CaseTime.now());
                    touched.add(sr.archive());
                }
            } else if (ch instanceof Change.SetSuggestion ss) {
                if (Suggestions.state(c, ss.a(), ss.b()).map(x -> x.equals(ss.before())).orElse(false)) {
                    Suggestions.setState(c, ss.a(), ss.b(), ss.after(), CaseTime.now());
                }
            }
        }
        refresh(c, touched);
        return touched;
    }

    /**
     * Moves those of the records still where the change found them, unless the target is gone (then they are left
     * be), and applies {@code lock} (when given) to its records in the same writes.
     */
    private static void move(Connection c, Change.Move m, Change.SetLocked lock, Set<String> touched) throws SQLException {
        Map<String, Records.State> now = Records.states(c, m.records());
        boolean targetGone = m.to() != null && Archives.byId(c, m.to()).isEmpty();
        Set<String> locking = lock == null ? Set.of() : new LinkedHashSet<>(lock.records());
        List<String> moveOnly = new ArrayList<>(), moveAndLock = new ArrayList<>();
        Set<String> moved = new java.util.HashSet<>();
        for (String id : targetGone ? List.<String>of() : m.records()) {
            Records.State r = now.get(id);
            if (r == null || !Objects.equals(r.archiveId(), m.from())) continue;
            (locking.contains(id) ? moveAndLock : moveOnly).add(id);
            moved.add(id);
        }
        Records.assign(c, moveOnly, m.to(), null);
        if (lock != null) {
            Records.assign(c, moveAndLock, m.to(), lock.after());
            Records.setLocked(c, locking.stream().filter(id -> !moved.contains(id)).toList(), lock.after());
        }
        if (targetGone) return;
        if (m.from() != null) touched.add(m.from());
        if (m.to() != null) touched.add(m.to());
    }

    /** Recomputes basic info (cover, counts, times, centres) of archives that still exist. */
    private void refresh(Connection c, Set<String> archiveIds) throws SQLException {
        Map<Integer, Double> thresholds = new HashMap<>();
        for (FeatureSpace s : FeatureSpaces.all(c)) thresholds.put(s.id(), FeatureSpaces.threshold(c, s.id()).orElse(0.5));
        StoredVectors vectors = new StoredVectors(store);
        long now = CaseTime.now();
        for (String id : archiveIds) {
            Optional<Archive> a = Archives.byId(c, id);
            if (a.isEmpty()) continue;
            List<ObjectRecord> members = Records.list(c, "WHERE archive_id=? ORDER BY id", List.of(id));
            if (members.isEmpty()) continue;
            Archiving.save(c, id, a.get().kind(), members, vectors::vectorOf, thresholds, a.get().status(), a.get().name(), a.get().createTime(), now);
        }
    }

    private static String current(Connection c, Archive a, Change.Field field) throws SQLException {
        String[] e = Archives.editable(c, a.id());
        return switch (field) {
            case NAME -> a.name();
            case NOTES -> e[0];
            case TAGS -> e[1];
            case STATUS -> a.status().name();
            case COVER -> "1".equals(e[2]) ? a.coverRecordId() : null;
        };
    }

    private static ArchiveFields fields(Connection c, Archive a) throws SQLException {
        String[] e = Archives.editable(c, a.id());
        return new ArchiveFields(a.id(), a.kind(), a.primaryType(), a.status(), a.name(), e[0], e[1], a.coverRecordId(), "1".equals(e[2]), a.createTime());
    }

    private static List<Archive> load(Connection c, List<String> ids) throws SQLException {
        List<Archive> out = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) out.add(Archives.byId(c, id).orElseThrow(() -> new CorrectionException(FailurePhrase.CORRECTION_NO_ARCHIVE, id)));
        return out;
    }

    private static List<ObjectRecord> records(Connection c, List<String> ids) throws SQLException {
        if (ids.isEmpty()) throw new CorrectionException(FailurePhrase.CORRECTION_NO_RECORDS);
        List<ObjectRecord> out = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) out.add(Records.byId(c, id).orElseThrow(() -> new CorrectionException(FailurePhrase.CORRECTION_NO_RECORD, id)));
        return out;
    }

    /** Locks or unlocks records, given their current states. */
    private static Change.SetLocked lockStates(Map<String, Records.State> states, List<String> ids, boolean locked) {
        // records differ in their current state; the inverse must restore each, so record only those that change
        List<String> changing = ids.stream().filter(id -> states.containsKey(id) && states.get(id).locked() != locked).toList();
        return new Change.SetLocked(changing, !locked, locked);
    }

    private static Change.SetLocked lock(List<ObjectRecord> recs, boolean locked) {
        Map<String, Records.State> states = new HashMap<>();
        for (ObjectRecord r : recs) states.put(r.id(), new Records.State(r.archiveId(), r.locked()));
        return lockStates(states, recs.stream().map(ObjectRecord::id).toList(), locked);
    }

    static Constraints.Row toRow(Constraint k) {
        return new Constraints.Row(k.kind().name(), k.aSide().name(), k.a(), k.bSide().name(), k.b());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String write(List<Change> changes) {
        try {
            return JSON.writerFor(CHANGES).writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Change> parse(String json) {
        try {
            return JSON.readValue(json, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The audit log holds a change set this version cannot read: " + e.getOriginalMessage(), e);
        }
    }
}
