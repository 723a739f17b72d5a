package org.judang.engine;

import org.judang.engine.archive.ArchiveMatch;
import org.judang.engine.archive.Companion;
import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.Box;
import org.judang.engine.model.Camera;
import org.judang.engine.model.FeatureSpace;
import org.judang.engine.model.GeoRect;
import org.judang.engine.model.ObjectType;
import org.judang.engine.model.TimeSpan;
import org.judang.engine.model.TrajectoryPoint;
import org.judang.engine.store.Batches;
import org.judang.engine.store.Cameras;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.FeatureSpaces;
import org.judang.engine.store.NewRecord;
import org.judang.engine.store.Records;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.vector.VectorFile;
import org.judang.engine.vector.Vectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** Trajectories, co-appearance, area, plate and image queries on a small constructed scenario. */
class QueriesTest {
    static final int DIM = 64;
    @TempDir Path tmp;
    final Random random = new Random(4);
    final Map<String, float[]> identities = new HashMap<>();

    /** A capture of {@code who} at camera {@code cam} at case time {@code t}. */
    record Capture(String id, ObjectType type, String who, String cam, long t, String plate, String relatedTo) {}

    @BeforeEach
    void build() {
        List<Capture> captures = List.of(
                new Capture("a1", ObjectType.FACE, "A", "C1", 1000, null, null),
                new Capture("a2", ObjectType.FACE, "A", "C2", 2000, null, null),
                new Capture("a3", ObjectType.FACE, "A", "C1", 5000, null, null),
                new Capture("ab1", ObjectType.PERSON, "A-body", "C1", 1000, null, "a1"),
                new Capture("ab2", ObjectType.PERSON, "A-body", "C2", 2000, null, "a2"),
                new Capture("b1", ObjectType.FACE, "B", "C1", 1005, null, null),
                new Capture("b2", ObjectType.FACE, "B", "C2", 2010, null, null),
                new Capture("d1", ObjectType.FACE, "D", "C3", 1000, null, null),
                new Capture("d2", ObjectType.FACE, "D", "C3", 9000, null, null),
                new Capture("v1", ObjectType.MOTOR_VEHICLE, "V", "C2", 3000, "浙B12345", null),
                new Capture("v2", ObjectType.MOTOR_VEHICLE, "V", "C3", 4000, "浙B12345", null));
        try (CaseStore store = CaseStore.create(tmp.resolve("case"), "q")) {
            store.db().inTransaction(c -> {
                Cameras.upsert(c, new Camera("C1", "学院路口", 121.50, 29.80, "330203"), "{}");
                Cameras.upsert(c, new Camera("C2", "滨江路口", 121.60, 29.90, "330203"), "{}");
                Cameras.upsert(c, new Camera("C3", "远郊收费站", 122.50, 30.50, "330206"), "{}");
                long seq = Batches.insert(c, null, "fp", "Captures", null, "t", 0);
                Map<ObjectType, FeatureSpace> spaces = new HashMap<>();
                for (Capture k : captures) {
                    FeatureSpace space = spaces.computeIfAbsent(k.type(), t -> {
                        try {
                            return FeatureSpaces.findOrCreate(c, t, "V", "a", DIM);
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    VectorFile f = store.vectors().file(space);
                    float[] centre = identities.computeIfAbsent(k.who(), w -> unit(null));
                    long ord = f.append(unit(centre));
                    f.flush();
                    FeatureSpaces.setVectorCount(c, space.id(), f.count());
                    List<NewRecord.Relation> rel = k.relatedTo() == null ? List.of() : List.of(new NewRecord.Relation(k.relatedTo(), "06"));
                    Records.insert(c, new NewRecord(k.id(), k.type(), space.id(), ord, k.cam(), k.t(), new Box(0, 0, 9, 9), 0.5, k.plate(), null, null,
                            "h" + k.id(), k.plate() == null ? "{}" : "{\"VehicleColor\":\"" + k.id().charAt(1) + "\"}", seq, null, rel));
                }
                return null;
            });
        }
    }

    float[] unit(float[] around) {
        float[] v = new float[DIM];
        for (int d = 0; d < DIM; d++) v[d] = (float) (around == null ? random.nextGaussian() : around[d] + random.nextGaussian() * 0.02);
        Vectors.normalize(v);
        return v;
    }

    CaseSession open() {
        CaseSession s = Workstation.openCase(tmp.resolve("case"));
        s.cluster(ClusterOptions.defaults().withThreshold(0.8), ProgressListener.NONE, CancellationToken.none());
        return s;
    }

    String archiveOf(CaseSession s, String record) {
        return s.record(record).orElseThrow().archiveId();
    }

    @Test
    void listenersHearOfCommittedCorrectionsFromEveryChannelAndNotOfRefusedOnes() {
        try (CaseSession s = open()) {
            List<org.judang.engine.archive.CorrectionEvent> heard = new java.util.ArrayList<>();
            List<Integer> seen = new java.util.ArrayList<>();
            String a = archiveOf(s, "a1"), b = archiveOf(s, "b1");
            int sizeA = s.archive(a).orElseThrow().recordCount(), sizeB = s.archive(b).orElseThrow().recordCount();
            s.addCorrectionListener(e -> {
                heard.add(e);
                seen.add(s.archive(b).orElseThrow().recordCount()); // told after the commit: a reader sees the change
            });
            s.corrections("HTTP").merge(List.of(a, b), b);
            assertThrows(RuntimeException.class, () -> s.corrections("HTTP").merge(List.of(b, "no-such-archive"), b));
            s.corrections().undo();
            assertEquals(List.of(sizeA + sizeB, sizeB), seen);
            assertEquals(2, heard.size(), "the refused merge is not announced: " + heard);
            assertEquals("HTTP", heard.get(0).channel());
            assertEquals("MERGE", heard.get(0).result().action());
            assertNull(heard.get(1).channel(), "the window's own corrections have no channel");
            assertEquals("UNDO", heard.get(1).result().action());
        }
    }

    @Test
    void aTrajectoryListsCapturesInTimeOrderWithTheirPlaces() {
        try (CaseSession s = open()) {
            List<TrajectoryPoint> path = s.trajectory(archiveOf(s, "a1"));
            assertEquals(List.of("a1", "ab1", "a2", "ab2", "a3"), path.stream().map(TrajectoryPoint::recordId).toList(),
                    "a person's archive holds the bodies captured with its faces");
            assertEquals("学院路口", path.get(0).cameraName());
            assertEquals(121.60, path.get(2).longitude(), 1e-9);
        }
    }

    @Test
    void companionsAreArchivesSeenAtTheSameCameraAtTheSameTimeButNotOnesOwnBody() {
        try (CaseSession s = open()) {
            List<Companion> with = s.companions(archiveOf(s, "a1"), 60, 10);
            assertEquals(archiveOf(s, "b1"), with.get(0).archiveId());
            assertEquals(2, with.get(0).together());
            assertEquals(archiveOf(s, "a1"), archiveOf(s, "ab1"), "the body is in the person's own archive, not a companion");
            assertTrue(with.stream().noneMatch(x -> x.archiveId().equals(archiveOf(s, "d1"))), "D was elsewhere");
            assertTrue(s.companions(archiveOf(s, "a1"), 1, 10).isEmpty(), "5 s apart is not within 1 s");
        }
    }

    @Test
    void theCaptureSpanRunsFromTheFirstToTheLastCapture() {
        try (CaseSession s = open()) {
            assertEquals(Optional.of(new TimeSpan(1000, 9000)), s.captureSpan());
        }
        try (CaseSession empty = Workstation.createCase(tmp.resolve("empty"), "e")) {
            assertEquals(Optional.empty(), empty.captureSpan());
        }
    }

    @Test
    void areaPlateAndTextFiltersFindTheRightArchives() {
        try (CaseSession s = open()) {
            var inTown = s.archives(ArchiveFilter.all().withArea(new GeoRect(121.45, 29.75, 121.65, 29.95)), 0, 100);
            assertTrue(inTown.stream().anyMatch(a -> a.id().equals(archiveOf(s, "a1"))));
            assertTrue(inTown.stream().noneMatch(a -> a.id().equals(archiveOf(s, "d1"))));

            String car = archiveOf(s, "v1");
            assertEquals(car, s.archives(ArchiveFilter.all().withPlate("浙B12345"), 0, 5).get(0).id());
            assertEquals(car, s.archives(ArchiveFilter.all().withPlate("浙812345"), 0, 5).get(0).id(), "an OCR confusion still finds it");
            assertEquals(car, s.archives(ArchiveFilter.all().withPlate("浙B123*"), 0, 5).get(0).id(), "wildcards");
            assertTrue(s.archives(ArchiveFilter.all().withPlate("浙A99999"), 0, 5).isEmpty());
            // the key look-up and its prefix range: case, a wildcard inside, one in front, a prefix that reaches past the plate
            for (String q : List.of("浙b12345", " 浙B12345 ", "浙B1?345", "浙B1_34*", "*12345", "?B12345", "浙*", "浙812*"))
                assertEquals(List.of(car), s.archives(ArchiveFilter.all().withPlate(q), 0, 5).stream().map(a -> a.id()).toList(), q);
            for (String q : List.of("浙", "浙B123456", "浙B12345?", "浙C*", "浙B13*", "*9"))
                assertTrue(s.archives(ArchiveFilter.all().withPlate(q), 0, 5).isEmpty(), q);
            assertEquals(1, s.countArchives(ArchiveFilter.all().withDevice("C3").withKind(org.judang.engine.model.ArchiveKind.PERSON)));
        }
    }

    @Test
    void listFiltersOfAQueryMessageCombineWithEachOther() {
        try (CaseSession s = open()) {
            String a = archiveOf(s, "a1"), b = archiveOf(s, "b1"), d = archiveOf(s, "d1"), car = archiveOf(s, "v1");
            assertEquals(sorted(a, b), ids(s, ArchiveFilter.all().withIds(java.util.Set.of(a, b, car)).withKinds(java.util.Set.of(ArchiveKind.PERSON))));
            assertEquals(List.of(), ids(s, ArchiveFilter.all().withIds(java.util.Set.of())), "an empty ID list names no archive");
            assertEquals(sorted(car, d), ids(s, ArchiveFilter.all().withDevices(java.util.Set.of("C3"))));
            assertEquals(sorted(car, d), ids(s, ArchiveFilter.all().withPlaceCode("330206")));
            assertEquals(4, s.countArchives(ArchiveFilter.all().withPlaceCode("3302")), "a code names its area and everything in it");
            assertEquals(List.of(car), ids(s, ArchiveFilter.all().withPlates(List.of("浙A99999", "浙812345"))));
            assertEquals(List.of(car), ids(s, ArchiveFilter.all().withAttributes(Map.of("VehicleColor", "1"))), "v1 has colour 1");
            assertEquals(List.of(), ids(s, ArchiveFilter.all().withAttributes(Map.of("VehicleColor", "9"))));
            assertThrows(IllegalArgumentException.class, () -> s.countArchives(ArchiveFilter.all().withAttributes(Map.of("a') OR 1=1 --", "x"))));
            s.corrections().rename(d, "老赵");
            assertEquals(List.of(d), ids(s, ArchiveFilter.all().withNames(java.util.Set.of("老赵", "nobody"))));
            assertEquals(List.of(), ids(s, ArchiveFilter.all().withIdNumbers(java.util.Set.of("X"))));
            assertEquals(d, s.archives(ArchiveFilter.all(), ArchiveOrder.LAST_SEEN_FIRST, 0, 1).get(0).id(), "seen last, at 9000");
            List<String> byId = ids(s, ArchiveFilter.all());
            assertEquals(byId.stream().sorted().toList(), s.archives(ArchiveFilter.all(), ArchiveOrder.BY_ID, 0, 99).stream().map(x -> x.id()).toList());
        }
    }

    private static List<String> sorted(String... ids) {
        return java.util.Arrays.stream(ids).sorted().toList();
    }

    private static List<String> ids(CaseSession s, ArchiveFilter f) {
        return s.archives(f, 0, 100).stream().map(x -> x.id()).sorted().toList();
    }

    @Test
    void searchByImageFindsTheArchiveOfThatPerson() {
        try (CaseSession s = open()) {
            List<ArchiveMatch> hits = s.searchByRecord("b2", 0.5, 3);
            assertEquals(archiveOf(s, "b1"), hits.get(0).archive().id());
            assertTrue(hits.get(0).similarity() > 0.9);
            assertEquals(1, hits.size(), "nobody else is that close");
            FeatureSpace faces = s.spaces().stream().filter(x -> x.type() == ObjectType.FACE).findFirst().orElseThrow();
            assertThrows(IllegalArgumentException.class, () -> s.searchByFeature(faces, new float[3], 0.5, 3));
        }
    }

    @Test
    void aNoteLeavesWhatSearchByImageComparesAgainstAMergeDoesNot() {
        try (CaseSession s = open()) {
            long before = mark(s);
            String a = archiveOf(s, "b1");
            s.corrections().setNotes(a, "seen at the harbour");
            s.corrections().rename(a, "Harbour man");
            assertEquals(before, mark(s), "annotations move no record");
            String other = s.archives(ArchiveFilter.all(), 0, 100).stream().map(x -> x.id()).filter(id -> !id.equals(a)).findFirst().orElseThrow();
            s.corrections().merge(List.of(a, other), a);
            long merged = mark(s);
            assertTrue(merged > before, "a merge moves records");
            assertEquals(counted(), kept(), "archives by kind after a merge");
            s.corrections().undo();
            assertTrue(mark(s) > merged, "so does its undoing");
            assertEquals(counted(), kept(), "archives by kind after its undoing");
        }
    }

    /** Archives by kind as the triggers keep them, and as counted. */
    private Map<ArchiveKind, Long> kept() {
        try (CaseStore other = CaseStore.open(tmp.resolve("case"))) {
            return other.db().snapshot(org.judang.engine.store.Archives::countByKind);
        }
    }

    private Map<ArchiveKind, Long> counted() {
        try (CaseStore other = CaseStore.open(tmp.resolve("case"))) {
            return other.db().snapshot(c -> org.judang.engine.store.Archives.countByKind(c, "1=1"));
        }
    }

    /** The mark read by another connection to the case, as a search reads it. */
    private long mark(CaseSession s) {
        try (CaseStore other = CaseStore.open(tmp.resolve("case"))) {
            return other.db().snapshot(org.judang.engine.store.Queries::membershipMark);
        }
    }
}
