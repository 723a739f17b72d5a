package org.judang.engine.synth;

import static org.judang.engine.synth.WrittenBatch.cosine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiPredicate;

import org.judang.engine.model.ObjectType;
import org.judang.engine.synth.WrittenBatch.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The similarity structure the clustering engine is benchmarked on is really in the vectors. */
class FeatureGeometryTest {
    static final GeneratorSettings SETTINGS = GeneratorSettings.defaults().withImages(false).withSeed(11);

    @TempDir
    static Path dir;
    static WrittenBatch batch;

    @BeforeAll
    static void generate() {
        new SyntheticBatchGenerator(SETTINGS).write(dir);
        batch = WrittenBatch.read(dir);
    }

    @Test
    void facesOfOnePersonAreArcFaceCloseAndStrangersNearZero() {
        List<Record> faces = batch.records(ObjectType.FACE);
        double same = meanCosine(faces, (a, b) -> a.label().equals(b.label()) && !sameScene(a, b));
        double strangers = meanCosine(faces, (a, b) -> !a.label().equals(b.label()));
        double spread = Math.sqrt(meanSquare(faces, (a, b) -> !a.label().equals(b.label())) - strangers * strangers);
        assertTrue(same >= 0.45 && same <= 0.75, "same person " + same);
        assertTrue(Math.abs(strangers) < 0.1, "strangers " + strangers);
        assertTrue(spread < 0.1, "strangers' spread " + spread);
    }

    @Test
    void bodiesAreWeakerAndPeopleDressedAlikeAreCloser() {
        List<Record> bodies = batch.records(ObjectType.PERSON);
        double same = meanCosine(bodies, (a, b) -> a.label().equals(b.label()) && !sameScene(a, b));
        double dressedAlike = meanCosine(bodies, (a, b) -> !a.label().equals(b.label()) && outfit(a).equals(outfit(b)));
        double strangers = meanCosine(bodies, (a, b) -> !a.label().equals(b.label()) && !outfit(a).equals(outfit(b)));
        assertTrue(same >= 0.35 && same <= 0.65, "same person " + same);
        assertTrue(dressedAlike > strangers + 0.08, "dressed alike " + dressedAlike + " vs " + strangers);
        assertTrue(Math.abs(strangers) < 0.1, "strangers " + strangers);
    }

    @Test
    void vehiclesOfOneModelAndColourAreLookAlikes() {
        List<Record> vehicles = batch.records(ObjectType.MOTOR_VEHICLE);
        double same = meanCosine(vehicles, (a, b) -> a.label().equals(b.label()) && !sameScene(a, b));
        double lookAlikes = meanCosine(vehicles, (a, b) -> !a.label().equals(b.label()) && make(a).equals(make(b)));
        double others = meanCosine(vehicles, (a, b) -> !make(a).equals(make(b)));
        assertTrue(same > 0.7, "same vehicle " + same);
        assertEquals(0.5, lookAlikes, 0.1, "look-alike vehicles");
        assertTrue(Math.abs(others) < 0.1, "other vehicles " + others);
    }

    @Test
    void lowQualityCapturesDriftTogetherWhoeverTheyAre() {
        List<Record> faces = batch.records(ObjectType.FACE);
        long low = faces.stream().filter(r -> r.quality() < FeatureSpaceModel.LOW_QUALITY).count();
        assertEquals(0.10, (double) low / faces.size(), 0.04, "share of low-quality faces");
        double poorStrangers = meanCosine(faces, (a, b) -> !a.label().equals(b.label())
                && a.quality() < FeatureSpaceModel.LOW_QUALITY && b.quality() < FeatureSpaceModel.LOW_QUALITY);
        double goodStrangers = meanCosine(faces, (a, b) -> !a.label().equals(b.label())
                && a.quality() >= FeatureSpaceModel.LOW_QUALITY && b.quality() >= FeatureSpaceModel.LOW_QUALITY);
        assertTrue(poorStrangers > goodStrangers + 0.08, "poor strangers " + poorStrangers + " vs good " + goodStrangers);
    }

    @Test
    void framesSecondsApartAreNearDuplicates() {
        double nearDuplicates = meanCosine(batch.records(ObjectType.FACE), (a, b) -> a.label().equals(b.label())
                && a.device().equals(b.device()) && Math.abs(a.time() - b.time()) <= 6
                && a.quality() >= FeatureSpaceModel.LOW_QUALITY && b.quality() >= FeatureSpaceModel.LOW_QUALITY);
        assertTrue(nearDuplicates > 0.9, "frames of one pass " + nearDuplicates);
    }

    @Test
    void oneCamerasCapturesShareItsBias() {
        List<Record> faces = batch.records(ObjectType.FACE);
        double sameCamera = meanCosine(faces, (a, b) -> !a.label().equals(b.label()) && a.device().equals(b.device()));
        double otherCamera = meanCosine(faces, (a, b) -> !a.label().equals(b.label()) && !a.device().equals(b.device()));
        assertTrue(sameCamera > otherCamera + 0.02, "same camera " + sameCamera + " vs other " + otherCamera);
    }

    @Test
    void lookAlikesAndDemographicGroupsAreBuiltIntoTheCentres() {
        RandomStreams streams = new RandomStreams(3);
        FeatureSpaceModel faces = new FeatureSpaceModel(ObjectType.FACE, 256, 6, streams);
        FeatureSpaceModel bodies = new FeatureSpaceModel(ObjectType.PERSON, 256, 6, streams);
        IdentityModel model = new IdentityModel(GeneratorSettings.defaults().withIdentities(400), faces, bodies, streams);
        int pairs = 0;
        double sameGroup = 0, otherGroup = 0;
        int nSame = 0, nOther = 0;
        for (int i = 0; i < model.size(); i++) {
            IdentityModel.Person a = model.person(i);
            if (model.lookAlikeOf(i) > i) {
                double c = cosine(a.face(), model.person(model.lookAlikeOf(i)).face());
                assertTrue(c >= 0.45 && c <= 0.55, "look-alike centres " + c);
                pairs++;
            }
            for (int j = i + 1; j < model.size(); j++) {
                IdentityModel.Person b = model.person(j);
                if (model.lookAlikeOf(i) == j) continue;
                boolean group = a.male() == b.male() && band(a.age()) == band(b.age());
                double c = cosine(a.face(), b.face());
                if (group) { sameGroup += c; nSame++; } else { otherGroup += c; nOther++; }
            }
        }
        assertEquals(8, pairs, "2% of 400 identities in look-alike pairs");
        assertEquals(0.2, sameGroup / nSame, 0.05, "a demographic group's centres");
        assertEquals(0.0, otherGroup / nOther, 0.03, "other groups' centres");
    }

    @Test
    void theSameSubjectInTwoPassesMatchesTheTarget() {
        RandomStreams streams = new RandomStreams(5);
        SplittableRandom rng = new SplittableRandom(5);
        for (ObjectType type : ObjectType.values()) {
            FeatureSpaceModel space = new FeatureSpaceModel(type, 512, 2, streams);
            float[] centre = GaussianNoise.unitVector(rng, 512);
            double sum = 0;
            int n = 200;
            for (int k = 0; k < n; k++) {
                float[] a = space.frame(space.pass(centre, 1, 0, rng), 0.9, rng);
                float[] b = space.frame(space.pass(centre, 1, 1, rng), 0.9, rng);
                sum += cosine(a, b);
            }
            assertEquals(space.parameters().sameSubjectCosine(), sum / n, 0.03, type.name());
        }
    }

    private static int band(int age) {
        return age < 30 ? 0 : age < 45 ? 1 : age < 60 ? 2 : 3;
    }

    private static boolean sameScene(Record a, Record b) {
        return a.device().equals(b.device()) && Math.abs(a.time() - b.time()) <= 20;
    }

    /** Keys are looked up for every pair: computed once per record. */
    private static final Map<Record, String> KEYS = new IdentityHashMap<>();

    private static String outfit(Record r) {
        return KEYS.computeIfAbsent(r, x -> x.text("CoatColor") + "/" + x.text("TrousersColor"));
    }

    private static String make(Record r) {
        return KEYS.computeIfAbsent(r, x -> x.text("VehicleModel") + "/" + x.text("VehicleColor"));
    }

    /** Mean cosine over the pairs the predicate picks, from at most 1,000 records of the list. */
    private static double meanCosine(List<Record> records, BiPredicate<Record, Record> pick) {
        return mean(records, pick, false);
    }

    private static double meanSquare(List<Record> records, BiPredicate<Record, Record> pick) {
        return mean(records, pick, true);
    }

    private static double mean(List<Record> records, BiPredicate<Record, Record> pick, boolean square) {
        List<Record> sample = records.size() <= 1000 ? records : new ArrayList<>(records.subList(0, 1000));
        double sum = 0;
        long n = 0;
        for (int i = 0; i < sample.size(); i++) {
            for (int j = i + 1; j < sample.size(); j++) {
                if (!pick.test(sample.get(i), sample.get(j))) continue;
                double c = cosine(sample.get(i).feature(), sample.get(j).feature());
                sum += square ? c * c : c;
                n++;
            }
        }
        assertTrue(n > 0, "no pairs to measure");
        return sum / n;
    }
}
