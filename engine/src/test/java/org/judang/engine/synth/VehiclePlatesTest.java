package org.judang.engine.synth;

import static org.judang.engine.synth.WrittenBatch.cosine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.judang.engine.model.ObjectType;
import org.judang.engine.synth.WrittenBatch.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plates as a recogniser reports them: mostly right, sometimes misread or missing, and one of them cloned. */
class VehiclePlatesTest {
    static final GeneratorSettings SETTINGS = GeneratorSettings.defaults().withImages(false).withDimension(64).withSeed(5);
    static final String PLATE = "[\\u4e00-\\u9fa5][A-Z][A-Z0-9]{5,6}";

    @TempDir
    static Path dir;
    static Map<String, List<Record>> vehicles;
    /** Each vehicle's plate as most of its captures read it. */
    static Map<String, String> usualPlate;

    @BeforeAll
    static void generate() {
        new SyntheticBatchGenerator(SETTINGS).write(dir);
        vehicles = WrittenBatch.read(dir).byLabel(ObjectType.MOTOR_VEHICLE);
        usualPlate = new TreeMap<>();
        vehicles.forEach((label, captures) -> usualPlate.put(label, mostCommon(captures, r -> r.text("PlateNo"))));
    }

    @Test
    void platesLookLikeChinesePlates() {
        for (List<Record> captures : vehicles.values()) {
            for (Record r : captures) {
                String plate = r.text("PlateNo");
                assertTrue(plate.equals(PlateNumbers.UNPLATED) || plate.matches(PLATE), plate);
                assertEquals(plate.equals(PlateNumbers.UNPLATED) ? "0" : "1", r.text("HasPlate"));
            }
        }
        assertTrue(usualPlate.values().stream().filter(p -> p.startsWith("浙B")).count() > usualPlate.size() / 2, "mostly local");
    }

    @Test
    void oneClonedPlateIsCarriedByTwoDifferentVehicles() {
        Map<String, List<String>> carriers = usualPlate.entrySet().stream()
                .filter(e -> !e.getValue().equals(PlateNumbers.UNPLATED))
                .collect(Collectors.groupingBy(Map.Entry::getValue, TreeMap::new, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        List<List<String>> cloned = carriers.values().stream().filter(labels -> labels.size() > 1).toList();
        assertEquals(1, cloned.size(), "cloned plates: " + cloned);
        List<Record> a = vehicles.get(cloned.get(0).get(0)), b = vehicles.get(cloned.get(0).get(1));
        assertNotEquals(a.get(0).text("VehicleModel"), b.get(0).text("VehicleModel"));
        assertNotEquals(a.get(0).text("VehicleColor"), b.get(0).text("VehicleColor"));
        double across = 0;
        for (Record x : a) for (Record y : b) across += cosine(x.feature(), y.feature());
        assertTrue(across / (a.size() * b.size()) < 0.3, "the two vehicles do not look alike");
    }

    @Test
    void somePlatesAreMisreadByOneLookAlikeCharacter() {
        int misread = 0, confusable = 0;
        for (Map.Entry<String, List<Record>> e : vehicles.entrySet()) {
            String truth = usualPlate.get(e.getKey());
            for (Record r : e.getValue()) {
                String read = r.text("PlateNo");
                if (read.equals(truth) || read.equals(PlateNumbers.UNPLATED) || truth.equals(PlateNumbers.UNPLATED)) continue;
                assertEquals(truth.length(), read.length());
                int differences = 0;
                for (int i = 0; i < truth.length(); i++) {
                    if (truth.charAt(i) == read.charAt(i)) continue;
                    differences++;
                    if ("8B0D175S2Z".indexOf(truth.charAt(i)) >= 0) confusable++;
                }
                assertEquals(1, differences, truth + " read as " + read);
                misread++;
            }
        }
        assertTrue(misread >= 10, "misread plates: " + misread);
        assertTrue(confusable >= misread / 2, "most misreadings swap look-alike characters: " + confusable + " of " + misread);
    }

    @Test
    void someVehiclesHaveNoPlateAndSomePlatesGoUnread() {
        long unplatedVehicles = vehicles.values().stream()
                .filter(c -> c.stream().allMatch(r -> r.text("PlateNo").equals(PlateNumbers.UNPLATED))).count();
        assertTrue(unplatedVehicles >= 1, "unplated vehicles");
        long unread = vehicles.entrySet().stream()
                .filter(e -> !usualPlate.get(e.getKey()).equals(PlateNumbers.UNPLATED))
                .flatMap(e -> e.getValue().stream())
                .filter(r -> r.text("PlateNo").equals(PlateNumbers.UNPLATED)).count();
        assertTrue(unread >= 3, "unread plates of plated vehicles: " + unread);
    }

    @Test
    void misreadingChangesExactlyOneCharacterAndNeverTheProvince() {
        SplittableRandom rng = new SplittableRandom(1);
        assertEquals("浙B12345".length(), PlateNumbers.misread("浙B12345", rng).length());
        for (int i = 0; i < 200; i++) {
            String plate = new PlateNumbers().issue(i % 5 == 0, rng);
            assertTrue(plate.matches(PLATE), plate);
            String read = PlateNumbers.misread(plate, rng);
            assertEquals(plate.substring(0, 2), read.substring(0, 2), "province and city stay");
            int differences = 0;
            for (int k = 0; k < plate.length(); k++) if (plate.charAt(k) != read.charAt(k)) differences++;
            assertEquals(1, differences, plate + " -> " + read);
        }
        assertEquals("浙BD", PlateNumbers.misread("浙B0", rng), "the only look-alike character after the city letter is swapped");
    }

    private static <T> T mostCommon(List<Record> records, Function<Record, T> key) {
        Map<T, Long> counts = records.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.<T, Long>comparingByValue()).orElseThrow().getKey();
    }
}
