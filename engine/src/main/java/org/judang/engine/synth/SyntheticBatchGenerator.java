package org.judang.engine.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;

import org.judang.engine.model.ObjectType;

/**
 * Writes a labelled synthetic batch: captures of persons (faces and bodies), vehicles, non-motor vehicles and things
 * in the offline batch format, a gallery of known persons, and the truth of who is who.
 * <p>The same settings always give the same bytes. The batch is streamed: identities and the compact pass schedule
 * are in memory, records are made a chunk of passes at a time (in parallel) and written in time order.
 */
public final class SyntheticBatchGenerator {
    /** Passes made in parallel between two writes: large enough to keep both cores busy, small enough to not matter. */
    private static final int CHUNK = 4096;

    private final GeneratorSettings settings;

    public SyntheticBatchGenerator(GeneratorSettings settings) {
        this.settings = settings;
    }

    /**
     * Writes {@code outDir/captures/} (a batch), {@code outDir/gallery/} (a gallery batch, when gallery persons were
     * asked for), {@code outDir/truth.tsv} and {@code outDir/gallery-truth.tsv}.
     *
     * @throws IllegalArgumentException when {@code outDir} exists and is not empty, or the settings cannot be met
     * @throws UncheckedIOException     when writing fails
     */
    public GeneratedBatch write(Path outDir) {
        RecordBudget budget = RecordBudget.of(settings);
        try {
            requireEmpty(outDir);
            RandomStreams streams = new RandomStreams(settings.seed());
            CameraNetwork cameras = new CameraNetwork(settings.cameras(), streams);
            Map<ObjectType, FeatureSpaceModel> spaces = new EnumMap<>(ObjectType.class);
            for (ObjectType type : ObjectType.values()) {
                spaces.put(type, new FeatureSpaceModel(type, settings.dimension(), settings.cameras(), streams));
            }
            IdentityModel persons = new IdentityModel(settings, spaces.get(ObjectType.FACE), spaces.get(ObjectType.PERSON), streams);
            VehicleFleet fleet = new VehicleFleet(settings.vehicles(), spaces.get(ObjectType.MOTOR_VEHICLE), streams);
            ObjectCatalogue nonMotor = new ObjectCatalogue(ObjectType.NON_MOTOR_VEHICLE, "N", budget.nonMotorVehicleCount(),
                    spaces.get(ObjectType.NON_MOTOR_VEHICLE), streams);
            ObjectCatalogue things = new ObjectCatalogue(ObjectType.THING, "T", budget.thingCount(), spaces.get(ObjectType.THING), streams);
            // a later batch (firstDay > 0) meets the same identities, cameras and vehicles on other days, with its own noise
            RandomStreams days = settings.firstDay() == 0 ? streams : new RandomStreams(settings.seed() * 31 + settings.firstDay());
            CaptureSchedule schedule = CaptureSchedule.plan(settings.days(), settings.firstDay(), budget, days, cameras, persons, fleet, nonMotor, things);
            CropPainter painter = settings.images() ? new CropPainter() : null;
            CaptureFactory factory = new CaptureFactory(schedule, cameras, persons, fleet, nonMotor, things, spaces, days, painter);

            Files.createDirectories(outDir);
            Path captures = outDir.resolve("captures"), truth = outDir.resolve("truth.tsv");
            try (BatchWriter writer = new BatchWriter(captures, truth, settings, schedule.counts(), cameras, spaces, new JsonFactory())) {
                // The next chunk is made while this one is written: writing is sequential (IDs follow time order).
                CompletableFuture<List<List<CaptureFrame>>> next = chunk(factory, 0, schedule.size());
                for (int from = 0; from < schedule.size(); from += CHUNK) {
                    List<List<CaptureFrame>> passes = await(next);
                    next = chunk(factory, from + CHUNK, schedule.size());
                    for (List<CaptureFrame> pass : passes) {
                        for (CaptureFrame frame : pass) writer.write(frame);
                    }
                }
            }
            Path gallery = null;
            if (settings.galleryPersons() > 0) {
                gallery = outDir.resolve("gallery");
                new GalleryWriter(persons, spaces.get(ObjectType.FACE), streams, painter)
                        .write(gallery, outDir.resolve("gallery-truth.tsv"), settings, new JsonFactory());
            }
            long identities = persons.size() + fleet.size() + nonMotor.size() + things.size();
            return new GeneratedBatch(captures, gallery, truth, schedule.counts(), identities);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic batch to " + outDir + ": " + e.getMessage(), e);
        }
    }

    private static CompletableFuture<List<List<CaptureFrame>>> chunk(CaptureFactory factory, int from, int passes) {
        if (from >= passes) return CompletableFuture.completedFuture(List.of());
        return CompletableFuture.supplyAsync(() -> IntStream.range(from, Math.min(passes, from + CHUNK))
                .parallel().mapToObj(factory::frames).toList());
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    private static void requireEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + " exists and is not a directory");
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException(dir + " is not empty: choose a new folder, or empty this one first");
            }
        }
    }
}
