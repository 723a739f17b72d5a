package org.judang.engine.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The persons of a batch: who they are (sex, age, look), where their face and body centres lie, and the roles that
 * make clustering hard or interesting — look-alike pairs, co-travellers, members of the gallery.
 * <p>Face centres sit in demographic groups (sex × age band) whose members are closer than strangers; body centres in
 * clothing groups (coat × trousers colour). A look-alike's face centre is at a fixed cosine from its twin's.
 */
final class IdentityModel {
    /** Cosine between the face centres of a look-alike pair. */
    static final double LOOK_ALIKE_COSINE = 0.5;
    static final double LOOK_ALIKE_SHARE = 0.02;
    static final int AGE_BANDS = 4;

    private static final int[] SKIN_WEIGHTS = {3, 5, 5, 3, 2, 1};
    private static final int[] HAIR_COLOURS = {0x1C1A1A, 0x2E2420, 0x4A3426, 0x6B5A4E, 0x9A9A98, 0x7A3A28};
    private static final int[] HAIR_COLOUR_WEIGHTS = {10, 6, 3, 1, 2, 1};
    private static final ColorType[] COATS = {ColorType.BLACK, ColorType.WHITE, ColorType.GREY, ColorType.BLUE,
            ColorType.RED, ColorType.GREEN, ColorType.YELLOW, ColorType.BROWN, ColorType.PINK, ColorType.PURPLE, ColorType.ORANGE, ColorType.CYAN};
    private static final int[] COAT_WEIGHTS = {12, 8, 7, 6, 3, 2, 2, 2, 2, 1, 1, 1};
    private static final ColorType[] TROUSERS = {ColorType.BLACK, ColorType.BLUE, ColorType.GREY, ColorType.BROWN, ColorType.WHITE};
    private static final int[] TROUSER_WEIGHTS = {10, 8, 4, 2, 1};

    /**
     * One person.
     *
     * @param faceNoise how much this person's faces vary, relative to the space's typical noise
     * @param bodyNoise the same for bodies
     */
    record Person(int index, String label, boolean male, int age, PersonLook look, float[] face, float[] body,
                  double faceNoise, double bodyNoise) {}

    private final List<Person> persons;
    private final int[] lookAlikeOf;
    private final int[] coTraveller;
    private final int[] gallery;

    IdentityModel(GeneratorSettings settings, FeatureSpaceModel faces, FeatureSpaceModel bodies, RandomStreams streams) {
        int n = settings.identities();
        lookAlikeOf = filled(n);
        coTraveller = filled(n);
        SplittableRandom roles = streams.stream("person-roles");
        List<Integer> order = shuffled(n, roles);
        int at = 0;
        int lookAlikePairs = n >= 4 ? Math.max(1, (int) Math.round(LOOK_ALIKE_SHARE * n)) : 0;
        for (int p = 0; p < lookAlikePairs; p++, at += 2) pair(lookAlikeOf, order.get(at), order.get(at + 1));
        int coTravellerPairs = n >= 10 ? Math.max(1, n / 1000) : 0;
        for (int p = 0; p < coTravellerPairs; p++, at += 2) pair(coTraveller, order.get(at), order.get(at + 1));
        List<Integer> galleryOrder = shuffled(n, roles);
        gallery = galleryOrder.subList(0, settings.galleryPersons()).stream().mapToInt(Integer::intValue).sorted().toArray();

        float[][] demographic = new float[2 * AGE_BANDS][];
        for (int g = 0; g < demographic.length; g++) demographic[g] = faces.groupDirection(g);
        float[][] clothing = new float[COATS.length * TROUSERS.length][];
        for (int key = 0; key < clothing.length; key++) clothing[key] = bodies.groupDirection(key);
        // Each person comes from its own stream, so they can be made in parallel; a look-alike needs its twin
        // (always the lower index) first, so the few of them are made afterwards.
        Person[] made = IntStream.range(0, n).parallel()
                .mapToObj(i -> lookAlikeOf[i] >= 0 && lookAlikeOf[i] < i ? null
                        : original(i, faces, bodies, demographic, clothing, streams.stream("person", i)))
                .toArray(Person[]::new);
        for (int i = 0; i < n; i++) {
            if (made[i] == null) made[i] = lookAlike(i, made[lookAlikeOf[i]], faces, bodies, clothing, streams.stream("person", i));
        }
        persons = List.of(made);
    }

    Person person(int index) { return persons.get(index); }
    int size() { return persons.size(); }

    /** The twin of a look-alike, -1 for others. */
    int lookAlikeOf(int index) { return lookAlikeOf[index]; }

    /**
     * The person this one always walks with, -1 for most. The lower index of a pair leads: the schedule plans the
     * leader's passes and the follower appears seconds later at the same camera.
     */
    int coTraveller(int index) { return coTraveller[index]; }

    boolean follows(int index) {
        return coTraveller[index] >= 0 && coTraveller[index] < index;
    }

    /** Indexes of the gallery's persons, ascending. */
    int[] gallery() { return gallery.clone(); }

    boolean inGallery(int index) {
        return Arrays.binarySearch(gallery, index) >= 0;
    }

    static String label(int index) {
        return String.format(Locale.ROOT, "P%06d", index + 1);
    }

    private static Person original(int index, FeatureSpaceModel faces, FeatureSpaceModel bodies, float[][] demographic,
                                   float[][] clothing, SplittableRandom rng) {
        boolean male = rng.nextDouble() < 0.55;
        int age = 18 + (int) (52 * StrictMath.pow(rng.nextDouble(), 1.3));
        PersonLook look = look(male, age, rng);
        int group = (male ? 0 : AGE_BANDS) + ageBand(age);
        float[] face = faces.centre(demographic[group], rng);
        float[] body = bodies.centre(clothing[clothingKey(look)], rng);
        return new Person(index, label(index), male, age, look, face, body, noiseScale(rng), noiseScale(rng));
    }

    private static Person lookAlike(int index, Person twin, FeatureSpaceModel faces, FeatureSpaceModel bodies,
                                    float[][] clothing, SplittableRandom rng) {
        int age = Math.max(18, twin.age() + rng.nextInt(-4, 5));
        ColorType coat = pick(COATS, COAT_WEIGHTS, rng), trousers = pick(TROUSERS, TROUSER_WEIGHTS, rng);
        PersonLook look = twin.look().dressedIn(coat, trousers, rng.nextDouble() < 0.3, pick(COATS, COAT_WEIGHTS, rng));
        float[] face = faces.lookAlike(twin.face(), LOOK_ALIKE_COSINE, rng);
        float[] body = bodies.centre(clothing[clothingKey(look)], rng);
        return new Person(index, label(index), twin.male(), age, look, face, body, noiseScale(rng), noiseScale(rng));
    }

    private static PersonLook look(boolean male, int age, SplittableRandom rng) {
        int skin = pickIndex(SKIN_WEIGHTS, rng);
        int hairColour = age > 58 && rng.nextDouble() < 0.6 ? HAIR_COLOURS[4] : HAIR_COLOURS[pickIndex(HAIR_COLOUR_WEIGHTS, rng)];
        int hairStyle = male
                ? new int[] {0, 0, 0, 2, 3}[rng.nextInt(5)]
                : new int[] {1, 1, 1, 4, 3}[rng.nextInt(5)];
        boolean glasses = rng.nextDouble() < (age > 45 ? 0.35 : 0.18);
        boolean beard = male && age > 25 && rng.nextDouble() < 0.18;
        double faceWidth = 0.20 + 0.06 * rng.nextDouble() + (male ? 0.01 : 0);
        double faceHeight = 0.27 + 0.06 * rng.nextDouble();
        double eyeGap = 0.085 + 0.03 * rng.nextDouble();
        ColorType coat = pick(COATS, COAT_WEIGHTS, rng), trousers = pick(TROUSERS, TROUSER_WEIGHTS, rng);
        boolean bag = rng.nextDouble() < 0.3;
        return new PersonLook(skin, hairColour, hairStyle, glasses, beard, faceWidth, faceHeight, eyeGap,
                coat, trousers, bag, pick(COATS, COAT_WEIGHTS, rng));
    }

    private static int clothingKey(PersonLook look) {
        return indexOf(COATS, look.coat()) * TROUSERS.length + indexOf(TROUSERS, look.trousers());
    }

    private static int ageBand(int age) {
        return age < 30 ? 0 : age < 45 ? 1 : age < 60 ? 2 : 3;
    }

    private static double noiseScale(SplittableRandom rng) {
        return 0.85 + 0.3 * rng.nextDouble();
    }

    private static void pair(int[] link, int a, int b) {
        int first = Math.min(a, b), second = Math.max(a, b);
        link[second] = first;
        link[first] = second;
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    private static List<Integer> shuffled(int n, SplittableRandom rng) {
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) order.add(i);
        AppearanceCounts.shuffle(order, rng);
        return order;
    }

    static <T> T pick(T[] values, int[] weights, SplittableRandom rng) {
        return values[pickIndex(weights, rng)];
    }

    static int pickIndex(int[] weights, SplittableRandom rng) {
        int total = 0;
        for (int w : weights) total += w;
        int r = rng.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) return i;
        }
        throw new IllegalStateException("weights must be positive");
    }

    private static int indexOf(ColorType[] values, ColorType value) {
        for (int i = 0; i < values.length; i++) if (values[i] == value) return i;
        throw new IllegalArgumentException(value + " is not among " + Arrays.toString(values));
    }
}
