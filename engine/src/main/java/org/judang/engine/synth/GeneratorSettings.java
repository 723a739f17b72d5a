package org.judang.engine.synth;

import java.util.Objects;

/**
 * What to generate. All counts are exact: the batch holds {@code records} capture records in total.
 *
 * @param identities     persons (each seen at least once; about 30% of them exactly once)
 * @param records        capture records of all types: faces and bodies of persons, motor vehicles,
 *                       and a few non-motor vehicles and things
 * @param dimension      feature dimension of every feature space
 * @param seed           everything follows from it: same settings, same bytes
 * @param vehicles       distinct motor vehicles (0 for none)
 * @param encoding       inline base64 features, or NumPy sidecars
 * @param images         write PNG crops (off for large benchmark batches)
 * @param cameras        cameras of the case
 * @param days           days the captures span
 * @param galleryPersons known persons in the gallery batch (0 for no gallery)
 * @param firstDay       days after the usual case start at which the captures begin: a later batch of the same case
 *                       (same seed and identities) with {@code firstDay} past the first batch's days holds new captures
 *                       of the same people and vehicles, with new IDs
 */
public record GeneratorSettings(int identities, int records, int dimension, long seed, int vehicles,
                                FeatureEncoding encoding, boolean images, int cameras, int days, int galleryPersons, int firstDay) {

    /** Each camera has its own bias direction per feature space, held in memory. */
    static final int MAX_CAMERAS = 10_000;

    public GeneratorSettings(int identities, int records, int dimension, long seed, int vehicles,
                             FeatureEncoding encoding, boolean images, int cameras, int days, int galleryPersons) {
        this(identities, records, dimension, seed, vehicles, encoding, images, cameras, days, galleryPersons, 0);
    }

    public GeneratorSettings {
        require(firstDay >= 0 && firstDay <= 36_600, "firstDay must be between 0 and 36600, was " + firstDay);
        Objects.requireNonNull(encoding, "encoding");
        require(identities >= 1, "identities must be at least 1, was " + identities);
        require(records >= 1, "records must be at least 1, was " + records);
        require(dimension >= 8, "dimension must be at least 8, was " + dimension);
        require(vehicles >= 0, "vehicles must not be negative, was " + vehicles);
        require(cameras >= 1 && cameras <= MAX_CAMERAS, "cameras must be between 1 and " + MAX_CAMERAS + ", was " + cameras);
        require(days >= 1 && days <= 3660, "days must be between 1 and 3660, was " + days);
        require(galleryPersons >= 0 && galleryPersons <= identities,
                "galleryPersons must be between 0 and identities (" + identities + "), was " + galleryPersons);
    }

    /** A small realistic batch: 300 persons, 80 vehicles, 3000 records of 256-d features, 6 cameras over 3 days. */
    public static GeneratorSettings defaults() {
        return new GeneratorSettings(300, 3000, 256, 42L, 80, FeatureEncoding.INLINE_BASE64, true, 6, 3, 5);
    }

    public GeneratorSettings withIdentities(int v) { return new GeneratorSettings(v, records, dimension, seed, vehicles, encoding, images, cameras, days, galleryPersons, firstDay); }
    public GeneratorSettings withRecords(int v) { return new GeneratorSettings(identities, v, dimension, seed, vehicles, encoding, images, cameras, days, galleryPersons, firstDay); }
    public GeneratorSettings withDimension(int v) { return new GeneratorSettings(identities, records, v, seed, vehicles, encoding, images, cameras, days, galleryPersons, firstDay); }
    public GeneratorSettings withSeed(long v) { return new GeneratorSettings(identities, records, dimension, v, vehicles, encoding, images, cameras, days, galleryPersons, firstDay); }
    public GeneratorSettings withVehicles(int v) { return new GeneratorSettings(identities, records, dimension, seed, v, encoding, images, cameras, days, galleryPersons, firstDay); }
    public GeneratorSettings withEncoding(FeatureEncoding v) { return new GeneratorSettings(identities, records, dimension, seed, vehicles, v, images, cameras, days, galleryPersons, firstDay); }
    public GeneratorSettings withImages(boolean v) { return new GeneratorSettings(identities, records, dimension, seed, vehicles, encoding, v, cameras, days, galleryPersons, firstDay); }
    public GeneratorSettings withCameras(int v) { return new GeneratorSettings(identities, records, dimension, seed, vehicles, encoding, images, v, days, galleryPersons, firstDay); }
    public GeneratorSettings withDays(int v) { return new GeneratorSettings(identities, records, dimension, seed, vehicles, encoding, images, cameras, v, galleryPersons, firstDay); }
    public GeneratorSettings withFirstDay(int v) { return new GeneratorSettings(identities, records, dimension, seed, vehicles, encoding, images, cameras, days, galleryPersons, v); }
    public GeneratorSettings withGalleryPersons(int v) { return new GeneratorSettings(identities, records, dimension, seed, vehicles, encoding, images, cameras, days, v, firstDay); }

    private static void require(boolean condition, String message) {
        if (!condition) throw new IllegalArgumentException(message);
    }
}
