package org.judang.engine.export;

import com.fasterxml.jackson.core.JsonGenerator;
import org.judang.engine.message.ArchiveChange;
import org.judang.engine.message.ArchiveChangeList;
import org.judang.engine.message.ArchiveObject;
import org.judang.engine.message.ArchiveSubjectChange;
import org.judang.engine.message.ArchiveSubjectChangeList;
import org.judang.engine.message.ExecuteOperation;
import org.judang.engine.message.SubscribeNotificationListObject;
import org.judang.engine.message.VehicleArchiveChange;
import org.judang.engine.message.VehicleArchiveChangeList;
import org.judang.engine.message.VehicleArchiveObject;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.store.Archives;
import org.judang.engine.store.Exports;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.TaskPhrase;
import org.judang.engine.task.ProgressListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Writes a delta export: {@code Notifications.json}, one GA/T 1400 {@code SubscribeNotificationListObject} holding a
 * {@code SubscribeNotificationObject} per archive that changed since the baseline export — first every archive gone
 * (deleted, {@code ExecuteOperation} 3: its ID only), then in ID order every archive new since (1) or whose body or
 * members changed (2), with its body and, when it is new or its members changed, its whole member list in full detail.
 * Every exported archive, changed or not, is remembered for the next delta.
 */
final class DeltaExportWriter {
    static final String NOTIFICATIONS_FILE = "Notifications.json";

    private final ExportContext x;
    private final Exports.Row baseline;
    private final String name;
    private final LocalDateTime triggerTime;
    private long sequence;

    DeltaExportWriter(ExportContext x, Exports.Row baseline, String name, long now) {
        this.x = x;
        this.baseline = baseline;
        this.name = name;
        this.triggerTime = ArchiveBodies.time(now);
    }

    ExportCounts write(Path dir, ExportRecord record, ProgressListener progress, CancellationToken cancel) throws IOException {
        ExportCounts counts = new ExportCounts();
        try (JsonListWriter out = JsonListWriter.open(dir.resolve(NOTIFICATIONS_FILE), x.mapper, SubscribeNotificationListObject.KEY,
                SubscribeNotificationListObject.ELEMENT)) {
            progress.stage(TaskPhrase.WRITING_DELETED.with(), 0);
            writeDeletions(out, counts, cancel);

            progress.stage(TaskPhrase.COMPARING_WITH.with(baseline.name()),
                    x.store.db().read(c -> Archives.countByKind(c, ArchivePages.EXPORTED)).values().stream().mapToLong(Long::longValue).sum());
            for (Archive a : new ArchivePages(x.store.db(), ArchivePages.PAGE_SIZE)) {
                cancel.throwIfCancelled();
                ArchiveSnapshot s = x.store.db().read(c -> {
                    ArchiveSnapshot snapshot = ArchiveSnapshot.take(c, a, x.bodies, x.mapper);
                    Optional<Exports.ArchiveState> before = Exports.archive(c, baseline.seq(), a.id());
                    ExecuteOperation op = before.isEmpty() ? ExecuteOperation.ADD
                            : before.get().equals(snapshot.state()) ? null : ExecuteOperation.MODIFY;
                    if (op != null) {
                        boolean membersChanged = before.isEmpty() || !before.get().membersHash().equals(snapshot.state().membersHash());
                        counts.records += writeChange(out.generator(), snapshot, op, membersChanged, c);
                        counts.body(snapshot);
                        if (op == ExecuteOperation.ADD) counts.added++;
                        else counts.modified++;
                    }
                    return snapshot;
                });
                record.add(s.state());
                progress.advance(1);
            }
        }
        counts.images = x.images.written();
        return counts;
    }

    private void writeDeletions(JsonListWriter out, ExportCounts counts, CancellationToken cancel) {
        String after = "";
        while (true) {
            cancel.throwIfCancelled();
            String from = after;
            List<Exports.ArchiveState> gone = x.store.db().read(c -> Exports.gone(c, baseline.seq(), ArchivePages.EXPORTED, from, ArchivePages.PAGE_SIZE));
            for (Exports.ArchiveState g : gone) {
                JsonGenerator gen = out.generator();
                start(gen, "deleted", g.archiveId());
                if (g.kind() == ArchiveKind.VEHICLE) {
                    field(gen, VehicleArchiveChangeList.KEY, new VehicleArchiveChangeList(List.of(VehicleArchiveChange.deleted(g.archiveId()))));
                } else {
                    field(gen, ArchiveChangeList.KEY, new ArchiveChangeList(List.of(ArchiveChange.deleted(g.archiveId()))));
                }
                field(gen, ArchiveSubjectChangeList.KEY, new ArchiveSubjectChangeList(List.of(ArchiveSubjectChange.deleted(g.archiveId()))));
                end(gen);
                counts.deleted++;
            }
            if (gone.size() < ArchivePages.PAGE_SIZE) return;
            after = gone.get(gone.size() - 1).archiveId();
        }
    }

    /** One notification: the archive's body with {@code op}, then its details when asked; returns the objects written. */
    private long writeChange(JsonGenerator gen, ArchiveSnapshot s, ExecuteOperation op, boolean withMembers, java.sql.Connection c)
            throws java.sql.SQLException {
        String id = s.archive().id();
        start(gen, op == ExecuteOperation.ADD ? "added" : "modified", id);
        Object body = x.bodyForOutput(s);
        if (body instanceof VehicleArchiveObject v) {
            field(gen, VehicleArchiveChangeList.KEY, new VehicleArchiveChangeList(List.of(new VehicleArchiveChange(v, op))));
        } else {
            field(gen, ArchiveChangeList.KEY, new ArchiveChangeList(List.of(new ArchiveChange((ArchiveObject) body, op))));
        }
        long written = 0;
        if (withMembers) {
            try {
                gen.writeObjectFieldStart(ArchiveSubjectChangeList.KEY);
                gen.writeArrayFieldStart(ArchiveSubjectChangeList.ELEMENT);
                written = x.subjects.write(c, gen, id, s.members(), op);
                gen.writeEndArray();
                gen.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }
        end(gen);
        return written;
    }

    /** Opens a notification about one archive; the fields are those of {@code SubscribeNotificationObject}, in its order. */
    private void start(JsonGenerator gen, String what, String archiveId) {
        try {
            gen.writeStartObject();
            gen.writeStringField("NotificationID", name + "-" + String.format("%06d", ++sequence));
            gen.writeStringField("SubscribeID", x.libraryId);
            gen.writeStringField("Title", "Archive " + what + " since export " + baseline.name());
            gen.writeFieldName("TriggerTime");
            x.values.writeValue(gen, triggerTime);
            gen.writeStringField("InfoIDs", archiveId);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private void field(JsonGenerator gen, String key, Object value) {
        try {
            gen.writeFieldName(key);
            x.values.writeValue(gen, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private static void end(JsonGenerator gen) {
        try {
            gen.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
