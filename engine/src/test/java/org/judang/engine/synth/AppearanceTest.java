package org.judang.engine.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.judang.engine.model.ObjectType;
import org.judang.engine.synth.WrittenBatch.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who appears how often, where and when: a long tail, passers-by, co-travellers, busy hours. */
class AppearanceTest {
    static final GeneratorSettings SETTINGS = GeneratorSettings.defaults().withImages(false).withDimension(32).withSeed(9);

    @TempDir
    static Path dir;
    static WrittenBatch batch;
    /** Each person's scenes: camera and time of every frame they were seen in. */
    static Map<String, Set<String>> scenes;

    @BeforeAll
    static void generate() {
        new SyntheticBatchGenerator(SETTINGS).write(dir);
        batch = WrittenBatch.read(dir);
        scenes = new TreeMap<>();
        for (Record r : batch.records) {
            if (r.label().startsWith("P")) scenes.computeIfAbsent(r.label(), k -> new HashSet<>()).add(r.device() + "@" + r.time());
        }
    }

    @Test
    void appearancesHaveALongTailAndManyPassersBy() {
        Map<String, Integer> records = new TreeMap<>();
        batch.records.stream().filter(r -> r.label().startsWith("P")).forEach(r -> records.merge(r.label(), 1, Integer::sum));
        int[] counts = records.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        int median = counts[counts.length / 2], max = counts[counts.length - 1];
        assertTrue(max >= 100, "the most seen person: " + max + " records");
        assertTrue(max >= 20 * median, "max " + max + " vs median " + median);
        long once = scenes.values().stream().filter(s -> s.size() == 1).count();
        assertEquals(0.30, (double) once / scenes.size(), 0.08, "share of persons seen in a single frame");
    }

    @Test
    void coTravellersAlwaysAppearTogether() {
        List<String> pairs = new ArrayList<>();
        List<String> frequent = scenes.entrySet().stream().filter(e -> e.getValue().size() >= 5).map(Map.Entry::getKey).toList();
        for (String a : frequent) {
            for (String b : frequent) {
                if (a.compareTo(b) < 0 && always(a, b) && always(b, a)) pairs.add(a + "+" + b);
            }
        }
        assertEquals(1, pairs.size(), "co-travelling pairs: " + pairs);
    }

    @Test
    void capturesFollowTheDayAndCoverEveryCameraAndDay() {
        int[] hours = new int[24];
        Set<String> devices = new HashSet<>();
        Set<Long> days = new HashSet<>();
        for (Record r : batch.records) {
            long seconds = r.time() - CaptureSchedule.CASE_START;
            hours[(int) (seconds % 86_400 / 3600)]++;
            days.add(seconds / 86_400);
            devices.add(r.device());
        }
        assertTrue(hours[8] > 3 * hours[3], "rush hour busier than the night: " + Arrays.toString(hours));
        assertEquals(SETTINGS.cameras(), devices.size());
        assertEquals(SETTINGS.days(), days.size());
    }

    @Test
    void countsAddUpExactlyWithPairsMirroredAndMinimumsKept() {
        AppearanceCounts.Subject[] subjects = new AppearanceCounts.Subject[50];
        Arrays.fill(subjects, AppearanceCounts.Subject.ORDINARY);
        subjects[3] = new AppearanceCounts.Subject(2, true, true);
        subjects[4] = new AppearanceCounts.Subject(0, true, false);
        subjects[7] = new AppearanceCounts.Subject(1, true, false);
        int[] counts = AppearanceCounts.allocate("persons", 997, subjects, CaptureSchedule.PERSONS, new SplittableRandom(2));
        assertEquals(997, Arrays.stream(counts).sum() + counts[3], "a pair's second member is charged too");
        assertEquals(0, counts[4]);
        assertTrue(counts[7] >= 2, "must-recur subjects are never one-offs");
        assertTrue(Arrays.stream(counts).filter(c -> c > 0).allMatch(c -> c >= 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AppearanceCounts.allocate("persons", 40, subjects, CaptureSchedule.PERSONS, new SplittableRandom(2)));
        assertTrue(e.getMessage().startsWith("40 records are too few for 50 persons"), e.getMessage());
    }

    /** Whether every scene of {@code a} has {@code b} at the same camera within ten seconds. */
    private static boolean always(String a, String b) {
        for (String scene : scenes.get(a)) {
            String device = scene.substring(0, scene.indexOf('@'));
            long time = Long.parseLong(scene.substring(scene.indexOf('@') + 1));
            boolean together = false;
            for (String other : scenes.get(b)) {
                long t = Long.parseLong(other.substring(other.indexOf('@') + 1));
                if (other.startsWith(device + "@") && Math.abs(t - time) <= 10) together = true;
            }
            if (!together) return false;
        }
        return true;
    }
}
