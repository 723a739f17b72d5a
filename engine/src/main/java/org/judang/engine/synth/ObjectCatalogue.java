package org.judang.engine.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.judang.engine.model.ObjectType;

/**
 * Non-motor vehicles or things: a handful of objects seen a few times each. Objects of one kind and colour share part
 * of their centre, as vehicles of one model and colour do.
 */
final class ObjectCatalogue {

    /** What an object is, for its attributes and its crop. */
    enum Kind {
        E_BIKE(ObjectType.NON_MOTOR_VEHICLE, "电动自行车", List.of("雅迪", "爱玛", "台铃", "新日", "小牛")),
        BICYCLE(ObjectType.NON_MOTOR_VEHICLE, "自行车", List.of("捷安特", "永久", "凤凰")),
        TRICYCLE(ObjectType.NON_MOTOR_VEHICLE, "三轮车", List.of("金彭", "宗申")),
        SUITCASE(ObjectType.THING, "行李箱", List.of()),
        BACKPACK(ObjectType.THING, "双肩包", List.of()),
        HANDBAG(ObjectType.THING, "手提袋", List.of()),
        CARTON(ObjectType.THING, "纸箱", List.of());

        private final ObjectType type;
        private final String chineseName;
        private final List<String> brands;

        Kind(ObjectType type, String chineseName, List<String> brands) {
            this.type = type;
            this.chineseName = chineseName;
            this.brands = brands;
        }

        ObjectType type() { return type; }
        String chineseName() { return chineseName; }
        List<String> brands() { return brands; }
    }

    private static final ColorType[] COLOURS = {ColorType.BLACK, ColorType.WHITE, ColorType.GREY, ColorType.RED,
            ColorType.BLUE, ColorType.YELLOW, ColorType.GREEN, ColorType.PINK, ColorType.BROWN};
    private static final int[] COLOUR_WEIGHTS = {8, 6, 5, 4, 4, 2, 2, 2, 2};

    /** One object; {@code brand} is empty for things. */
    record Item(int index, String label, Kind kind, ColorType colour, String brand, float[] centre, double noise) {}

    private final List<Item> items;

    /**
     * @param labelPrefix {@code N} for non-motor vehicles, {@code T} for things
     */
    ObjectCatalogue(ObjectType type, String labelPrefix, int count, FeatureSpaceModel space, RandomStreams streams) {
        List<Kind> kinds = new ArrayList<>();
        for (Kind k : Kind.values()) if (k.type() == type) kinds.add(k);
        if (kinds.isEmpty()) throw new IllegalArgumentException("no object kinds of type " + type);
        float[][] groups = new float[kinds.size() * COLOURS.length][];
        items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SplittableRandom rng = streams.stream("object-" + type, i);
            int kind = rng.nextInt(kinds.size());
            int colour = IdentityModel.pickIndex(COLOUR_WEIGHTS, rng);
            Kind k = kinds.get(kind);
            String brand = k.brands().isEmpty() ? "" : k.brands().get(rng.nextInt(k.brands().size()));
            int key = kind * COLOURS.length + colour;
            if (groups[key] == null) groups[key] = space.groupDirection(key);
            float[] centre = space.centre(groups[key], rng);
            items.add(new Item(i, String.format(Locale.ROOT, "%s%06d", labelPrefix, i + 1), k, COLOURS[colour], brand, centre,
                    0.85 + 0.3 * rng.nextDouble()));
        }
    }

    Item item(int index) { return items.get(index); }
    int size() { return items.size(); }
}
