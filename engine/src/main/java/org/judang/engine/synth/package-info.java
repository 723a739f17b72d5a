/**
 * The labelled synthetic batch generator: realistic, deterministic test and demo data in the offline batch format
 * ({@code spec/batch-format.md}), with the truth of who is who.
 * <p>{@link org.judang.engine.synth.SyntheticBatchGenerator} writes a capture batch, a gallery batch and
 * {@code truth.tsv} from {@link org.judang.engine.synth.GeneratorSettings}; {@link org.judang.engine.synth.SampleCase}
 * holds the settings of the bundled sample case. Inside: the identity, vehicle and object models
 * ({@code IdentityModel}, {@code VehicleFleet}, {@code ObjectCatalogue}), the geometry of each feature space
 * ({@code FeatureSpaceModel}: ArcFace-like faces, weaker bodies, look-alike vehicles, camera bias, near-duplicate
 * frames, low-quality junk drift), who appears when and where ({@code AppearanceCounts}, {@code CaptureSchedule}),
 * records and crops per pass ({@code CaptureFactory}, {@code CropPainter}), and the writers ({@code BatchWriter},
 * {@code GalleryWriter}, {@code MessageFile}, {@code NpyWriter}).
 * <p>Conventions of the generated data: object IDs are 48 characters (scene image ID + GA/T 1400.1 type code + number
 * in scene), and {@code RelatedType} is the type code of the related object ({@code 01} body, {@code 06} face).
 * <p>Depends on the JDK ({@code java.desktop} for PNG encoding, headless), Jackson core, and the engine's
 * {@code model} and {@code vector} packages. Nothing here reads the wall clock or iterates a hash order into output.
 */
package org.judang.engine.synth;
