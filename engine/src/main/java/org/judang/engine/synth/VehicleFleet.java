package org.judang.engine.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The motor vehicles of a batch: model, colour, plate and feature centre of each.
 * <p>Vehicles of one model and colour share a large part of their centre (look-alikes: only small differences tell
 * them apart). A few carry no plate at all, and a few plates are cloned (套牌): a second, clearly different vehicle
 * (another model and colour, so other features) drives around with a real vehicle's plate.
 */
final class VehicleFleet {
    static final double UNPLATED_SHARE = 0.03;
    /** One cloned plate per this many vehicles, at least one. */
    static final int VEHICLES_PER_CLONE = 300;

    enum BodyShape { SEDAN, SUV, VAN, TRUCK }

    /** A make and model, with its GA 24.4 vehicle class code. */
    record Model(String brand, String name, String vehicleClass, BodyShape shape, boolean newEnergy, int popularity) {}

    static final List<Model> MODELS = List.of(
            new Model("大众", "朗逸", "K33", BodyShape.SEDAN, false, 9),
            new Model("大众", "帕萨特", "K33", BodyShape.SEDAN, false, 4),
            new Model("丰田", "卡罗拉", "K33", BodyShape.SEDAN, false, 6),
            new Model("本田", "雅阁", "K33", BodyShape.SEDAN, false, 4),
            new Model("日产", "轩逸", "K33", BodyShape.SEDAN, false, 6),
            new Model("别克", "英朗", "K33", BodyShape.SEDAN, false, 3),
            new Model("吉利", "帝豪", "K33", BodyShape.SEDAN, false, 4),
            new Model("比亚迪", "秦PLUS", "K33", BodyShape.SEDAN, true, 5),
            new Model("特斯拉", "Model 3", "K33", BodyShape.SEDAN, true, 3),
            new Model("本田", "CR-V", "K32", BodyShape.SUV, false, 4),
            new Model("丰田", "RAV4荣放", "K32", BodyShape.SUV, false, 3),
            new Model("哈弗", "H6", "K32", BodyShape.SUV, false, 4),
            new Model("理想", "L7", "K32", BodyShape.SUV, true, 2),
            new Model("五菱", "宏光", "K31", BodyShape.VAN, false, 3),
            new Model("别克", "GL8", "K31", BodyShape.VAN, false, 2),
            new Model("福田", "欧马可", "H31", BodyShape.TRUCK, false, 2));

    private static final ColorType[] COLOURS = {ColorType.WHITE, ColorType.BLACK, ColorType.GREY, ColorType.BLUE,
            ColorType.RED, ColorType.BROWN, ColorType.GREEN, ColorType.YELLOW, ColorType.ORANGE};
    private static final int[] COLOUR_WEIGHTS = {34, 20, 18, 8, 8, 4, 3, 2, 3};

    /**
     * One vehicle.
     *
     * @param plate        what is physically on it; {@link PlateNumbers#UNPLATED} when nothing
     * @param clonedFrom   for a vehicle with a cloned plate, the index of the vehicle whose plate it copies; else -1
     */
    record Vehicle(int index, String label, Model model, ColorType colour, String style, String plate,
                   ColorType plateColour, float[] centre, double noise, int clonedFrom) {
        boolean plated() {
            return !plate.equals(PlateNumbers.UNPLATED);
        }
    }

    private final List<Vehicle> vehicles;
    private final boolean[] clonePair;

    VehicleFleet(int count, FeatureSpaceModel space, RandomStreams streams) {
        SplittableRandom roles = streams.stream("vehicle-roles");
        List<Integer> order = new ArrayList<>(count);
        for (int i = 0; i < count; i++) order.add(i);
        AppearanceCounts.shuffle(order, roles);
        int clones = count >= 4 ? Math.max(1, count / VEHICLES_PER_CLONE) : 0;
        int unplated = count >= 4 ? Math.max(1, (int) Math.round(UNPLATED_SHARE * count)) : 0;
        int[] clonedFrom = new int[count];
        Arrays.fill(clonedFrom, -1);
        boolean[] noPlate = new boolean[count];
        clonePair = new boolean[count];
        int at = 0;
        for (int c = 0; c < clones; c++, at += 2) {
            int original = Math.min(order.get(at), order.get(at + 1)), copy = Math.max(order.get(at), order.get(at + 1));
            clonedFrom[copy] = original;
            clonePair[copy] = clonePair[original] = true;
        }
        for (int u = 0; u < unplated; u++, at++) noPlate[order.get(at)] = true;

        PlateNumbers plates = new PlateNumbers();
        float[][] lookAlikes = new float[MODELS.size() * COLOURS.length][];
        vehicles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SplittableRandom rng = streams.stream("vehicle", i);
            Model model = pickModel(rng);
            ColorType colour = IdentityModel.pick(COLOURS, COLOUR_WEIGHTS, rng);
            String plate = noPlate[i] ? PlateNumbers.UNPLATED : plates.issue(model.newEnergy(), rng);
            ColorType plateColour = model.newEnergy() ? ColorType.GREEN : model.shape() == BodyShape.TRUCK ? ColorType.YELLOW : ColorType.BLUE;
            if (clonedFrom[i] >= 0) {
                // The clone must look nothing like the original: another model and another colour.
                Vehicle original = vehicles.get(clonedFrom[i]);
                while (model.equals(original.model()) || model.newEnergy()) model = pickModel(rng);
                while (colour == original.colour()) colour = IdentityModel.pick(COLOURS, COLOUR_WEIGHTS, rng);
                plate = original.plate();
                plateColour = original.plateColour();
            }
            int key = MODELS.indexOf(model) * COLOURS.length + indexOf(colour);
            if (lookAlikes[key] == null) lookAlikes[key] = space.groupDirection(key);
            float[] centre = space.centre(lookAlikes[key], rng);
            String style = (2014 + rng.nextInt(10)) + "款";
            vehicles.add(new Vehicle(i, label(i), model, colour, style, plate, plateColour, centre,
                    0.85 + 0.3 * rng.nextDouble(), clonedFrom[i]));
        }
    }

    Vehicle vehicle(int index) { return vehicles.get(index); }
    int size() { return vehicles.size(); }

    /** Whether the vehicle is either side of a cloned plate. */
    boolean inClonePair(int index) { return clonePair[index]; }

    static String label(int index) {
        return String.format(Locale.ROOT, "V%06d", index + 1);
    }

    private static Model pickModel(SplittableRandom rng) {
        int total = 0;
        for (Model m : MODELS) total += m.popularity();
        int r = rng.nextInt(total);
        for (Model m : MODELS) {
            r -= m.popularity();
            if (r < 0) return m;
        }
        throw new IllegalStateException("popularity must be positive");
    }

    private static int indexOf(ColorType colour) {
        for (int i = 0; i < COLOURS.length; i++) if (COLOURS[i] == colour) return i;
        throw new IllegalArgumentException(colour + " is not a vehicle colour");
    }
}
