package org.judang.engine.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.judang.engine.model.Box;
import org.judang.engine.model.ObjectType;
import org.judang.engine.synth.Capture.Attribute;

/**
 * Turns one planned pass into its frames and capture records: boxes, quality, attributes as a video-analysis system
 * would report them (including its mistakes: misread and unread plates, unknown sex on poor faces), feature vectors
 * and crops.
 * <p>A pass depends only on the models and its own random streams, so passes can be made in any order and in
 * parallel. Crops draw from a stream of their own: turning images on or off changes no vector and no attribute.
 */
final class CaptureFactory {
    /** Passes seen from afar or in bad light: every frame is of low quality. */
    static final double LOW_QUALITY_PASS_SHARE = 0.08;
    /** Frames of a good pass spoilt by motion blur. */
    static final double BLURRED_FRAME_SHARE = 0.03;
    static final double UNREAD_PLATE_SHARE = 0.02, MISREAD_PLATE_SHARE = 0.05;
    private static final int SCENE_WIDTH = 1920, SCENE_HEIGHT = 1080;

    private final CaptureSchedule schedule;
    private final CameraNetwork cameras;
    private final IdentityModel persons;
    private final VehicleFleet vehicles;
    private final ObjectCatalogue nonMotorVehicles, things;
    private final Map<ObjectType, FeatureSpaceModel> spaces;
    private final RandomStreams streams;
    private final CropPainter painter;

    /** @param painter null when images are off */
    CaptureFactory(CaptureSchedule schedule, CameraNetwork cameras, IdentityModel persons, VehicleFleet vehicles,
                   ObjectCatalogue nonMotorVehicles, ObjectCatalogue things, Map<ObjectType, FeatureSpaceModel> spaces,
                   RandomStreams streams, CropPainter painter) {
        this.schedule = schedule;
        this.cameras = cameras;
        this.persons = persons;
        this.vehicles = vehicles;
        this.nonMotorVehicles = nonMotorVehicles;
        this.things = things;
        this.spaces = spaces;
        this.streams = streams;
        this.painter = painter;
    }

    List<CaptureFrame> frames(int pass) {
        SplittableRandom rng = streams.stream("pass", pass);
        SplittableRandom art = painter == null ? null : streams.stream("pass-crops", pass);
        boolean lowPass = rng.nextDouble() < LOW_QUALITY_PASS_SHARE;
        double baseQuality = lowPass ? 0.08 + 0.37 * rng.nextDouble() : 0.56 + 0.42 * rng.nextDouble();
        return switch (schedule.kind(pass)) {
            case PERSON -> personFrames(pass, baseQuality, lowPass, rng, art);
            case MOTOR_VEHICLE -> vehicleFrames(pass, baseQuality, lowPass, rng, art);
            case NON_MOTOR_VEHICLE -> objectFrames(pass, nonMotorVehicles, baseQuality, lowPass, rng, art);
            case THING -> objectFrames(pass, things, baseQuality, lowPass, rng, art);
        };
    }

    private List<CaptureFrame> personFrames(int pass, double baseQuality, boolean lowPass, SplittableRandom rng, SplittableRandom art) {
        IdentityModel.Person p = persons.person(schedule.subject(pass));
        int camera = schedule.camera(pass), frames = schedule.frames(pass);
        int contents = 0;
        for (int f = 0; f < frames; f++) contents |= schedule.content(pass, f);
        FeatureSpaceModel faceSpace = spaces.get(ObjectType.FACE), bodySpace = spaces.get(ObjectType.PERSON);
        float[] facePass = (contents & CaptureSchedule.FACE) != 0 ? faceSpace.pass(p.face(), p.faceNoise(), camera, rng) : null;
        float[] bodyPass = (contents & CaptureSchedule.BODY) != 0 ? bodySpace.pass(p.body(), p.bodyNoise(), camera, rng) : null;
        int height = lowPass ? 90 + rng.nextInt(80) : 180 + rng.nextInt(340);
        int width = (int) (height * (0.36 + 0.08 * rng.nextDouble()));
        int x = rng.nextInt(SCENE_WIDTH - width), y = rng.nextInt(SCENE_HEIGHT - height);
        long time = schedule.start(pass);
        List<CaptureFrame> out = new ArrayList<>(frames);
        for (int f = 0; f < frames; f++) {
            if (f > 0) {
                time += 1 + rng.nextInt(3);
                x = clamp(x + rng.nextInt(-40, 41), 0, SCENE_WIDTH - width);
            }
            double quality = frameQuality(baseQuality, lowPass, rng);
            int content = schedule.content(pass, f);
            List<Capture> objects = new ArrayList<>(2);
            if ((content & CaptureSchedule.FACE) != 0) {
                int side = Math.max(16, (int) (height * 0.13));
                Box box = new Box(x + width / 2 - side / 2, y + side / 4, x + width / 2 + side / 2, y + side / 4 + side);
                // The estimated age range: ten years wide around an estimate a few years off.
                int age = p.age() + (int) Math.round(4 * GaussianNoise.next(rng));
                List<Attribute> attributes = List.of(
                        new Attribute("GenderCode", genderCode(p, quality, rng)),
                        new Attribute("AgeLowerLimit", Math.max(1, age - 5)), new Attribute("AgeUpLimit", age + 5));
                byte[] png = art == null ? null : painter.face(p.look(), cameras.background(camera), CropPainter.Pose.of(quality, 12, art));
                objects.add(new Capture(ObjectType.FACE, p.label(), box, quality, faceSpace.frame(facePass, quality, rng), attributes, png));
            }
            if ((content & CaptureSchedule.BODY) != 0) {
                Box box = new Box(x, y, x + width, y + height);
                List<Attribute> attributes = List.of(
                        new Attribute("GenderCode", genderCode(p, quality, rng)),
                        new Attribute("CoatColor", p.look().coat().code()),
                        new Attribute("TrousersColor", p.look().trousers().code()));
                byte[] png = art == null ? null : painter.body(p.look(), cameras.background(camera), CropPainter.Pose.of(quality, 4, art));
                objects.add(new Capture(ObjectType.PERSON, p.label(), box, quality, bodySpace.frame(bodyPass, quality, rng), attributes, png));
            }
            out.add(new CaptureFrame(time, camera, objects));
        }
        return out;
    }

    private List<CaptureFrame> vehicleFrames(int pass, double baseQuality, boolean lowPass, SplittableRandom rng, SplittableRandom art) {
        VehicleFleet.Vehicle v = vehicles.vehicle(schedule.subject(pass));
        FeatureSpaceModel space = spaces.get(ObjectType.MOTOR_VEHICLE);
        int camera = schedule.camera(pass), frames = schedule.frames(pass);
        float[] passVector = space.pass(v.centre(), v.noise(), camera, rng);
        int width = lowPass ? 120 + rng.nextInt(100) : 260 + rng.nextInt(360);
        int height = (int) (width * 0.8);
        int x = rng.nextInt(SCENE_WIDTH - width), y = rng.nextInt(SCENE_HEIGHT - height);
        long time = schedule.start(pass);
        List<CaptureFrame> out = new ArrayList<>(frames);
        for (int f = 0; f < frames; f++) {
            if (f > 0) {
                time += 1 + rng.nextInt(2);
                y = clamp(y + rng.nextInt(20, 81), 0, SCENE_HEIGHT - height);
            }
            double quality = frameQuality(baseQuality, lowPass, rng);
            String read = readPlate(v, quality, rng);
            List<Attribute> attributes = new ArrayList<>(9);
            attributes.add(new Attribute("PlateNo", read));
            attributes.add(new Attribute("HasPlate", read.equals(PlateNumbers.UNPLATED) ? "0" : "1"));
            if (!read.equals(PlateNumbers.UNPLATED)) attributes.add(new Attribute("PlateColor", v.plateColour().code()));
            attributes.add(new Attribute("VehicleClass", v.model().vehicleClass()));
            attributes.add(new Attribute("VehicleBrand", v.model().brand()));
            attributes.add(new Attribute("VehicleModel", v.model().name()));
            attributes.add(new Attribute("VehicleStyles", v.style()));
            attributes.add(new Attribute("VehicleColor", v.colour().code()));
            byte[] png = art == null ? null : painter.vehicle(v, cameras.background(camera), CropPainter.Pose.of(quality, 0, art));
            Capture capture = new Capture(ObjectType.MOTOR_VEHICLE, v.label(), new Box(x, y, x + width, y + height), quality,
                    space.frame(passVector, quality, rng), attributes, png);
            out.add(new CaptureFrame(time, camera, List.of(capture)));
        }
        return out;
    }

    private List<CaptureFrame> objectFrames(int pass, ObjectCatalogue catalogue, double baseQuality, boolean lowPass,
                                            SplittableRandom rng, SplittableRandom art) {
        ObjectCatalogue.Item item = catalogue.item(schedule.subject(pass));
        ObjectType type = item.kind().type();
        FeatureSpaceModel space = spaces.get(type);
        int camera = schedule.camera(pass), frames = schedule.frames(pass);
        float[] passVector = space.pass(item.centre(), item.noise(), camera, rng);
        int size = type == ObjectType.THING ? (lowPass ? 30 : 60) + rng.nextInt(100) : (lowPass ? 80 : 140) + rng.nextInt(160);
        int x = rng.nextInt(SCENE_WIDTH - size), y = rng.nextInt(SCENE_HEIGHT - size);
        long time = schedule.start(pass);
        List<CaptureFrame> out = new ArrayList<>(frames);
        for (int f = 0; f < frames; f++) {
            if (f > 0) {
                time += 1 + rng.nextInt(3);
                x = clamp(x + rng.nextInt(-50, 51), 0, SCENE_WIDTH - size);
            }
            double quality = frameQuality(baseQuality, lowPass, rng);
            List<Attribute> attributes = type == ObjectType.THING
                    ? List.of(new Attribute("Name", item.kind().chineseName()), new Attribute("Color", item.colour().code()))
                    : List.of(new Attribute("VehicleBrand", item.brand()), new Attribute("VehicleColor", item.colour().code()));
            byte[] png = art == null ? null : painter.object(item, cameras.background(camera), CropPainter.Pose.of(quality, 5, art));
            Capture capture = new Capture(type, item.label(), new Box(x, y, x + size, y + size), quality,
                    space.frame(passVector, quality, rng), attributes, png);
            out.add(new CaptureFrame(time, camera, List.of(capture)));
        }
        return out;
    }

    /** A frame's quality: its pass's, give or take, and now and then spoilt by motion blur. */
    private static double frameQuality(double base, boolean lowPass, SplittableRandom rng) {
        double q = base + 0.1 * (rng.nextDouble() - 0.5);
        if (!lowPass && rng.nextDouble() < BLURRED_FRAME_SHARE) q = 0.12 + 0.3 * rng.nextDouble();
        return Math.round(Math.max(0.05, Math.min(0.99, q)) * 100) / 100.0;
    }

    /** What the recogniser read: usually the plate, sometimes nothing, sometimes one character wrong. */
    private static String readPlate(VehicleFleet.Vehicle v, double quality, SplittableRandom rng) {
        if (!v.plated()) return PlateNumbers.UNPLATED;
        boolean poor = quality < FeatureSpaceModel.LOW_QUALITY;
        double r = rng.nextDouble();
        double unread = poor ? 0.12 : UNREAD_PLATE_SHARE, misread = poor ? 0.20 : MISREAD_PLATE_SHARE;
        if (r < unread) return PlateNumbers.UNPLATED;
        if (r < unread + misread) return PlateNumbers.misread(v.plate(), rng);
        return v.plate();
    }

    /** GA/T 1400 {@code GenderCode}: 1 male, 2 female, 0 unknown (poor faces often are). */
    private static String genderCode(IdentityModel.Person p, double quality, SplittableRandom rng) {
        if (quality < FeatureSpaceModel.LOW_QUALITY && rng.nextDouble() < 0.25) return "0";
        return p.male() ? "1" : "2";
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
