package org.judang.engine.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.CaseTime;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.model.ObjectType;
import org.judang.engine.store.Archives;
import org.judang.engine.store.CaseDatabase;
import org.judang.engine.store.Records;
import org.judang.engine.store.StagedArchives;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.vector.Vectors;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what becomes of each archive of an export package as its details are read, and of each of its members.
 * <ul>
 *   <li>An archive whose ID the case does not know is filed with every member that can be imported: a member is
 *       validated like any captured object; one already in another archive of the case stays there.</li>
 *   <li>An archive the case already holds with exactly these members (the package imported before) is left as it is;
 *       with other members it is a conflict, and the case's archive is left as it is.</li>
 *   <li>Details without a body, an archive given twice, or one with no member that could be imported are not
 *       imported.</li>
 * </ul>
 * Every refusal is an issue naming the file, the archive's position in it and the archive or record.
 */
final class SubjectHandler implements SubjectReader.Sink {
    private enum State { NEW, ALREADY_THERE, REFUSED }

    private final CaseDatabase db;
    private final BodyJson json;
    private final ElementHandler objects;
    private final ImportWriter writer;
    private final SpaceCatalog spaces;
    private final ReportBuilder report;
    private final String file;
    private final CancellationToken cancel;
    private final Map<ArchiveKind, long[]> counts = new EnumMap<>(ArchiveKind.class);

    // the archive being read
    private long position;
    private String archiveId;
    private ArchiveBody body;
    private State state;
    private final Map<ObjectType, List<String>> listed = new EnumMap<>(ObjectType.class);
    private final Map<ObjectType, Set<String>> given = new EnumMap<>(ObjectType.class);
    private final Map<ObjectType, Long> notRead = new EnumMap<>(ObjectType.class);
    private final Set<String> members = new LinkedHashSet<>();
    private final Set<String> coverByImageId = new HashSet<>();
    private boolean hasFaces;

    static final int IMPORTED = 0, UNCHANGED = 1, REJECTED = 2;

    SubjectHandler(CaseDatabase db, BodyJson json, ElementHandler objects, ImportWriter writer, SpaceCatalog spaces, ReportBuilder report,
                   String file, CancellationToken cancel) {
        this.db = db;
        this.json = json;
        this.objects = objects;
        this.writer = writer;
        this.spaces = spaces;
        this.report = report;
        this.file = file;
        this.cancel = cancel;
        for (ArchiveKind k : ArchiveKind.values()) counts.put(k, new long[3]);
    }

    /** Archives imported, unchanged and rejected, per kind (indexes {@link #IMPORTED}, {@link #UNCHANGED}, {@link #REJECTED}). */
    Map<ArchiveKind, long[]> counts() { return counts; }

    @Override
    public void notAnObject(long position) {
        report.issue(ImportIssue.error(file, position, null, "element " + position + " of " + file + " is not an object; it was skipped."));
    }

    @Override
    public void begin(long position) {
        cancel.throwIfCancelled();
        this.position = position;
        archiveId = null;
        body = null;
        state = State.REFUSED;
        listed.clear();
        given.clear();
        notRead.clear();
        members.clear();
        coverByImageId.clear();
        hasFaces = false;
    }

    @Override
    public void archiveId(String id) {
        archiveId = id;
        if (id == null) {
            refuse("the archive's details have no ArchiveID, so they belong to no archive; they were not imported.");
            return;
        }
        Optional<StagedArchives.Staged> staged = db.read(c -> StagedArchives.get(c, id));
        if (staged.isEmpty()) {
            refuse("archive " + id + " has details but no body in Archives.json or VehicleArchives.json; it was not imported.");
            return;
        }
        if (staged.get().claimed()) {
            refuse("archive " + id + " has details twice in " + file + "; only the first were imported.");
            return;
        }
        db.read(c -> {
            StagedArchives.claim(c, id);
            return null;
        });
        try {
            body = ArchiveBody.of((ObjectNode) json.readTree(staged.get().body()), ArchiveKind.valueOf(staged.get().kind()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A staged archive body cannot be read back: " + e.getOriginalMessage(), e);
        }
        state = db.read(c -> Archives.byId(c, id)).isPresent() ? State.ALREADY_THERE : State.NEW;
    }

    @Override
    public void listed(ObjectType type, List<String> ids) {
        listed.computeIfAbsent(type, t -> new ArrayList<>()).addAll(ids);
    }

    @Override
    public void object(ObjectType type, ObjectNode node) {
        String id = new ObjectFields(node).text(type.idField());
        if (id != null) given.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(id);
        if (state != State.NEW) {
            notRead.merge(type, 1L, Long::sum);
            return;
        }
        if (!body.admits(type)) {
            report.rejected(type, ImportIssue.error(file, position, id, "a " + type.elementKey() + " cannot be a member of " + describe(body)
                    + " " + archiveId + "; it was not imported."));
            return;
        }
        if (id != null) {
            Optional<String> elsewhere = writer.pendingArchiveOf(id).or(() -> db.read(c -> Records.byId(c, id)).map(ObjectRecord::archiveId));
            if (elsewhere.isPresent() && !elsewhere.get().equals(archiveId)) {
                report.rejected(type, ImportIssue.error(file, position, id, "record " + id + " is already in archive " + elsewhere.get()
                        + " of this case; it stays there and was not added to archive " + archiveId + "."));
                return;
            }
        }
        List<ObjectNode> subImages = ImageIntake.subImages(node);
        int crop = ImageIntake.cropIndex(type, subImages);
        String cropImageId = crop < 0 ? null : new ObjectFields(subImages.get(crop)).text("ImageID");
        BodyList list = BodyList.byElementKey(type.elementKey()).orElseThrow();
        if (objects.object(new MessageBodyReader.BodyElement(file, position, list, node)) == ElementHandler.Outcome.REJECTED) return;
        members.add(id);
        hasFaces |= type == ObjectType.FACE;
        if (cropImageId != null && cropImageId.equals(body.coverImageId())) coverByImageId.add(id);
    }

    @Override
    public void skipped(String what) {
        report.issue(ImportIssue.warning(file, position, archiveId, (archiveId == null ? "these details" : "archive " + archiveId) + ": " + what
                + "; that part was not imported."));
    }

    @Override
    public void end() {
        ArchiveKind kind = body != null ? body.kind() : kindOfMembers();
        switch (state) {
            case REFUSED -> {
                notRead.forEach((type, n) -> { for (long i = 0; i < n; i++) report.notImported(type); });
                counts.get(kind)[REJECTED]++;
            }
            case ALREADY_THERE -> alreadyThere(kind);
            case NEW -> file(kind);
        }
    }

    private void alreadyThere(ArchiveKind kind) {
        Set<String> inCase = new HashSet<>(db.read(c -> Archives.memberIds(c, archiveId)));
        Set<String> inPackage = new HashSet<>();
        listed.values().forEach(inPackage::addAll);
        given.values().forEach(inPackage::addAll);
        boolean same = inCase.equals(inPackage);
        notRead.forEach((type, n) -> {
            for (long i = 0; i < n; i++) {
                if (same) report.duplicate(type);
                else report.notImported(type);
            }
        });
        if (same) {
            counts.get(kind)[UNCHANGED]++;
            return;
        }
        report.issue(ImportIssue.error(file, position, archiveId, "archive " + archiveId + " is already in this case with other members ("
                + inCase.size() + " in the case, " + inPackage.size() + " in the package); it was not imported and the case's archive was left as it is."));
        counts.get(kind)[REJECTED]++;
    }

    private void file(ArchiveKind kind) {
        listed.forEach((type, ids) -> {
            Set<String> objectsGiven = given.getOrDefault(type, Set.of());
            for (String id : new LinkedHashSet<>(ids)) {
                if (objectsGiven.contains(id)) continue;
                report.rejected(type, ImportIssue.error(file, position, id, "record " + id + " is listed in " + type.subjectIdListKey() + " of archive "
                        + archiveId + " but its " + type.elementKey() + " is not in the package; it was not imported. Export with full detail."));
            }
        });
        members.remove(null);
        if (members.isEmpty()) {
            report.issue(ImportIssue.error(file, position, archiveId, "archive " + archiveId + " has no member that could be imported; it was not imported."));
            counts.get(kind)[REJECTED]++;
            return;
        }
        long now = CaseTime.now();
        if (body.createTime() == null || body.updateTime() == null) {
            report.issue(ImportIssue.warning(file, position, archiveId, "archive " + archiveId + " has no readable CreateTime or UpdateTime "
                    + "(yyyyMMddHHmmss); the time of the import was taken."));
        }
        long created = body.createTime() != null ? body.createTime() : now;
        writer.add(new ArchiveDraft(archiveId, kind, List.copyOf(members), body.coverKey(), Set.copyOf(coverByImageId), created,
                body.updateTime() != null ? body.updateTime() : created, body.similarityDegree(), body.confidence(), body.plate(), centres()));
        counts.get(kind)[IMPORTED]++;
    }

    /** The body's centres that can be used, each filed under its space; a centre that cannot is left out with a warning. */
    private List<ArchiveDraft.Centre> centres() {
        List<ArchiveDraft.Centre> out = new ArrayList<>();
        for (FeatureInfo f : body.centres()) {
            float[] v;
            try {
                v = Vectors.fromBytes(f.bytes());
            } catch (IllegalArgumentException e) {
                centreLeftOut(e.getMessage());
                continue;
            }
            double norm = Vectors.norm(v);
            if (Double.isNaN(norm) || Double.isInfinite(norm) || norm == 0) {
                centreLeftOut("the " + f.where() + " is zero, NaN or infinite");
                continue;
            }
            // a centre sent normalised is kept bit for bit, so that it goes out again as it came in
            if (Math.abs(norm - 1) > 1e-3) Vectors.normalize(v);
            String vendor = f.vendor() != null ? f.vendor() : SidecarFeatures.UNKNOWN, algorithm = f.algorithm() != null ? f.algorithm() : SidecarFeatures.UNKNOWN;
            SpaceKey key = new SpaceKey(centreType(vendor, algorithm, v.length), vendor, algorithm, v.length);
            Integer other = spaces.conflictingDimension(key);
            if (other != null) {
                centreLeftOut("the " + f.where() + " has " + v.length + " values but features of " + key.algorithmLabel() + " have " + other);
                continue;
            }
            spaces.claim(key);
            out.add(new ArchiveDraft.Centre(key, v));
        }
        return out;
    }

    /**
     * The object type a centre's space is of: fixed by the archive's kind, but for a person archive either faces or
     * bodies — the one whose space the case (or this import) already has, else faces when the archive has any.
     */
    private ObjectType centreType(String vendor, String algorithm, int dimension) {
        return switch (body.kind()) {
            case VEHICLE -> ObjectType.MOTOR_VEHICLE;
            case OBJECT -> body.objectType();
            case PERSON -> {
                boolean face = spaces.knows(new SpaceKey(ObjectType.FACE, vendor, algorithm, dimension));
                boolean person = spaces.knows(new SpaceKey(ObjectType.PERSON, vendor, algorithm, dimension));
                yield face != person ? (face ? ObjectType.FACE : ObjectType.PERSON) : hasFaces ? ObjectType.FACE : ObjectType.PERSON;
            }
        };
    }

    private void centreLeftOut(String why) {
        report.issue(ImportIssue.warning(file, position, archiveId, "archive " + archiveId + ": " + why
                + "; that centre was left out and is worked out from the members instead."));
    }

    private ArchiveKind kindOfMembers() {
        for (ObjectType t : given.keySet()) return t.archiveKind();
        for (ObjectType t : listed.keySet()) return t.archiveKind();
        return ArchiveKind.PERSON;
    }

    private void refuse(String message) {
        report.issue(ImportIssue.error(file, position, archiveId, message));
        state = State.REFUSED;
    }

    private static String describe(ArchiveBody b) {
        return switch (b.kind()) {
            case PERSON -> "person archive";
            case VEHICLE -> "vehicle archive";
            case OBJECT -> b.objectType().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " archive";
        };
    }
}
