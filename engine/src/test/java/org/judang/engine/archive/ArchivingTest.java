package org.judang.engine.archive;

import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.Box;
import org.judang.engine.model.FeatureSpace;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.model.ObjectType;
import org.judang.engine.store.Archives;
import org.judang.engine.store.Batches;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.FeatureSpaces;
import org.judang.engine.store.NewRecord;
import org.judang.engine.store.Records;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.CancelledException;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.vector.VectorFile;
import org.judang.engine.vector.Vectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class ArchivingTest {
    @TempDir Path tmp;
    CaseStore store;
    final Random random = new Random(5);
    static final int DIM = 128; // random centres in high dimension are near-orthogonal, as identities are

    @BeforeEach
    void open() {
        store = CaseStore.create(tmp.resolve("case"), "t");
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Adds captures of an identity (its centre plus small noise), with times one minute apart. */
    void addCaptures(ObjectType type, String prefix, float[] centre, int count, String plate, double quality) {
        store.db().inTransaction(c -> {
            long seq = Batches.insert(c, null, "fp-" + prefix, "Captures", null, "test", 0);
            FeatureSpace space = FeatureSpaces.findOrCreate(c, type, "V", "alg", DIM);
            VectorFile f = store.vectors().file(space);
            for (int i = 0; i < count; i++) {
                float[] v = new float[DIM];
                for (int d = 0; d < DIM; d++) v[d] = centre[d] + (float) (random.nextGaussian() * 0.025);
                Vectors.normalize(v);
                long ord = f.append(v);
                Records.insert(c, new NewRecord(prefix + String.format("%03d", i), type, space.id(), ord, "cam" + (i % 2), 1_000_000L + 60L * i,
                        new Box(0, 0, 10, 10), quality + i * 0.001, plate, null, null, "h" + prefix + i, "{}", seq, null, List.of()));
            }
            f.flush();
            FeatureSpaces.setVectorCount(c, space.id(), f.count());
            return null;
        });
    }

    float[] randomCentre() {
        float[] v = new float[DIM];
        for (int d = 0; d < DIM; d++) v[d] = (float) random.nextGaussian();
        Vectors.normalize(v);
        return v;
    }

    Map<String, Set<String>> membership() {
        return store.db().read(c -> Records.list(c, "ORDER BY id", List.of())).stream()
                .collect(Collectors.groupingBy(ObjectRecord::archiveId, Collectors.mapping(ObjectRecord::id, Collectors.toCollection(TreeSet::new))));
    }

    ArchivingSummary cluster() {
        return new Archiving(store).clusterUnarchived(ClusterOptions.defaults(), ProgressListener.NONE, CancellationToken.none());
    }

    @Test
    void eachIdentityBecomesOneArchiveWithItsBasicInfo() {
        addCaptures(ObjectType.FACE, "a", randomCentre(), 5, null, 0.5);
        addCaptures(ObjectType.FACE, "b", randomCentre(), 3, null, 0.5);
        ArchivingSummary sum = cluster();
        assertEquals(8, sum.recordsClustered());
        assertEquals(2, sum.archivesCreated());

        Map<String, Set<String>> m = membership();
        assertEquals(2, m.size());
        assertTrue(m.values().contains(Set.of("a000", "a001", "a002", "a003", "a004")));

        String aId = m.entrySet().stream().filter(e -> e.getValue().contains("a000")).findFirst().orElseThrow().getKey();
        Archive a = store.db().read(c -> Archives.byId(c, aId)).orElseThrow();
        assertEquals(48, a.id().length());
        assertEquals(ArchiveKind.PERSON, a.kind());
        assertEquals(ObjectType.FACE, a.primaryType());
        assertEquals(5, a.recordCount());
        assertEquals("a004", a.coverRecordId(), "the best-quality capture is the cover");
        assertEquals(1_000_000L, a.firstTime());
        assertEquals(1_000_000L + 240, a.lastTime());
        assertEquals("cam0", a.firstDevice());
        assertTrue(a.similarityDegree() > 0.9, "tight cluster: " + a.similarityDegree());
        assertEquals(1.0, a.confidence(), 1e-9);
        assertEquals(1, store.db().read(c -> Archives.centers(c, aId)).size());
    }

    @Test
    void aLaterBatchJoinsTheArchiveOfItsIdentity() {
        float[] alice = randomCentre();
        addCaptures(ObjectType.FACE, "a", alice, 4, null, 0.5);
        cluster();
        String archive = membership().keySet().iterator().next();

        addCaptures(ObjectType.FACE, "n", alice, 3, null, 0.9);
        addCaptures(ObjectType.FACE, "z", randomCentre(), 2, null, 0.5);
        ArchivingSummary sum = cluster();
        assertEquals(5, sum.recordsClustered());
        assertEquals(1, sum.archivesCreated());
        assertEquals(1, sum.archivesUpdated());
        Map<String, Set<String>> m = membership();
        assertEquals(Set.of("a000", "a001", "a002", "a003", "n000", "n001", "n002"), m.get(archive));
        Archive a = store.db().read(c -> Archives.byId(c, archive)).orElseThrow();
        assertEquals(7, a.recordCount());
        assertEquals("n002", a.coverRecordId());
    }

    @Test
    void anOcrMisreadPlateJoinsItsVehicleButAClonedPlateIsFlaggedNotMerged() {
        // enough strangers for the threshold estimate to see both populations
        for (int i = 0; i < 30; i++) addCaptures(ObjectType.MOTOR_VEHICLE, "s" + (char) ('a' + i / 10) + (i % 10), randomCentre(), 3, null, 0.5);
        float[] car = randomCentre(), otherCar = randomCentre();
        addCaptures(ObjectType.MOTOR_VEHICLE, "x", car, 4, "浙B12345", 0.5);
        addCaptures(ObjectType.MOTOR_VEHICLE, "y", mix(car, randomCentre(), 0.45f), 2, "浙812345", 0.5); // 8/B misread, a different angle
        addCaptures(ObjectType.MOTOR_VEHICLE, "z", otherCar, 3, "浙B12345", 0.5);                      // the same plate on another car
        cluster();
        Map<String, Set<String>> m = membership();
        Set<String> carArchive = m.values().stream().filter(v -> v.contains("x000")).findFirst().orElseThrow();
        assertTrue(carArchive.containsAll(Set.of("y000", "y001")), "the misread plate joins: " + carArchive);
        assertFalse(carArchive.contains("z000"), "the clone is not merged");
        List<String> flagged = store.db().read(Archives::clonedPlate);
        assertEquals(2, flagged.size(), "both vehicles carrying the plate are flagged");
        assertTrue(flagged.contains(membershipOf("x000")) && flagged.contains(membershipOf("z000")));
    }

    @Test
    void lookAlikeVehiclesWithDifferentPlatesGetArchivesOfTheirOwn() {
        for (int i = 0; i < 30; i++) addCaptures(ObjectType.MOTOR_VEHICLE, "s" + (char) ('a' + i / 10) + (i % 10), randomCentre(), 3, null, 0.5);
        float[] model = randomCentre();
        // two cars of one model and colour: appearance alone puts them together
        addCaptures(ObjectType.MOTOR_VEHICLE, "p", mix(model, randomCentre(), 0.05f), 4, "浙B12345", 0.5);
        addCaptures(ObjectType.MOTOR_VEHICLE, "q", mix(model, randomCentre(), 0.05f), 3, "沪D47172", 0.5);
        addCaptures(ObjectType.MOTOR_VEHICLE, "r", mix(model, randomCentre(), 0.05f), 1, "浙B12346", 0.5); // one character off: may be a misread
        cluster();
        Set<String> p = m(membershipOf("p000")), q = m(membershipOf("q000"));
        assertEquals(Set.of("p000", "p001", "p002", "p003", "r000"), p, "a plate one character off stays");
        assertEquals(Set.of("q000", "q001", "q002"), q);

        // a later batch of the second car joins its archive, not the look-alike's
        addCaptures(ObjectType.MOTOR_VEHICLE, "t", mix(model, randomCentre(), 0.05f), 2, "沪D47172", 0.5);
        cluster();
        assertEquals(membershipOf("q000"), membershipOf("t000"));
        assertEquals(membershipOf("q000"), membershipOf("t001"));
    }

    Set<String> m(String archiveId) {
        return membership().get(archiveId);
    }

    String membershipOf(String record) {
        return store.db().read(c -> Records.byId(c, record)).orElseThrow().archiveId();
    }

    /** A vector between two centres: {@code a} seen from another angle. */
    static float[] mix(float[] a, float[] b, float weightOfB) {
        float[] v = new float[a.length];
        for (int i = 0; i < a.length; i++) v[i] = a[i] * (1 - weightOfB) + b[i] * weightOfB;
        Vectors.normalize(v);
        return v;
    }

    @Test
    void theSameInputGivesTheSameArchives() {
        float[] x = randomCentre(), y = randomCentre();
        addCaptures(ObjectType.FACE, "a", x, 4, null, 0.5);
        addCaptures(ObjectType.FACE, "b", y, 4, null, 0.5);
        cluster();
        Map<String, Set<String>> first = membership();

        try (CaseStore other = CaseStore.create(tmp.resolve("case2"), "t")) {
            CaseStore keep = store;
            store = other;
            random.setSeed(5);
            float[] x2 = randomCentre(), y2 = randomCentre();
            random.setSeed(5);
            randomCentre();
            randomCentre();
            addCaptures(ObjectType.FACE, "a", x2, 4, null, 0.5);
            addCaptures(ObjectType.FACE, "b", y2, 4, null, 0.5);
            cluster();
            assertEquals(new TreeSet<>(first.values().stream().map(Object::toString).toList()),
                    new TreeSet<>(membership().values().stream().map(Object::toString).toList()));
            store = keep;
        }
    }

    @Test
    void theJvectorPathFindsTheSameArchivesAsExactSearch() {
        for (int i = 0; i < 12; i++) addCaptures(ObjectType.FACE, "p" + (char) ('a' + i), randomCentre(), 6, null, 0.5);
        ArchivingSummary sum = new Archiving(store).clusterUnarchived(ClusterOptions.defaults().withExactBelow(0), ProgressListener.NONE,
                CancellationToken.none());
        assertEquals(12, sum.archivesCreated());
        assertTrue(membership().values().stream().allMatch(m -> m.size() == 6 && m.stream().map(id -> id.substring(0, 2)).distinct().count() == 1));
        assertTrue(store.folder().vectors().resolve("space-1.index").toFile().isFile(), "the index is kept on disk");
    }

    @Test
    void aCancelledRunLeavesTheCaseAsItWas() {
        addCaptures(ObjectType.FACE, "a", randomCentre(), 5, null, 0.5);
        CancellationToken t = new CancellationToken();
        t.cancel();
        assertThrows(CancelledException.class, () -> new Archiving(store).clusterUnarchived(ClusterOptions.defaults(), ProgressListener.NONE, t));
        assertEquals(0, (long) store.db().read(Archives::count));
        assertTrue(store.db().read(c -> Records.list(c, "WHERE archive_id IS NOT NULL", List.of())).isEmpty());
    }
}
