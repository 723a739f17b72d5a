package org.judang.engine.synth;

import java.util.SplittableRandom;

import org.judang.engine.model.ObjectType;

/**
 * Draws the crops: cartoons, never photographs, but made so that a person sees at a glance that two crops show the
 * same subject — a face's shape, skin, hair, glasses and beard; a body's clothes; a vehicle's shape, colour and plate.
 * Each capture varies in pose, light and (at low quality) sharpness. Crops are flat colours, so the palette PNGs stay
 * a few hundred bytes each.
 */
final class CropPainter {
    private static final int[] SKIN = {0xF2D3B6, 0xE8C09A, 0xD9A87E, 0xC48E62, 0xA8714A, 0x7E5236};
    private static final int DARK = 0x222226, ROAD = 0x6E6E6A, GLASS = 0x34485C, LIGHT = 0xF4F0D2;
    /** Background of gallery portraits: the pale blue of an ID photo. */
    private static final int ID_PHOTO = 0xCFDDEB;

    /**
     * How one capture shows its subject.
     *
     * @param brightness light level, 1 is neutral
     * @param blur       box-blur radius, 0 when sharp
     */
    record Pose(double scale, double degrees, int dx, int dy, double brightness, int blur) {
        static final Pose FRONTAL = new Pose(1, 0, 0, 0, 1, 0);

        /** A pose for a capture of the given quality; {@code maxDegrees} is how far the subject may tilt. */
        static Pose of(double quality, double maxDegrees, SplittableRandom rng) {
            double scale = 0.92 + 0.16 * rng.nextDouble();
            double degrees = maxDegrees * (2 * rng.nextDouble() - 1);
            int dx = rng.nextInt(-3, 4), dy = rng.nextInt(-3, 4);
            // Light in steps of 5%: fewer distinct colours, smaller PNGs, and no visible difference.
            double brightness = Math.round((0.75 + 0.45 * rng.nextDouble()) * 20) / 20.0;
            int blur = quality < 0.25 ? 2 : quality < FeatureSpaceModel.LOW_QUALITY ? 1 : 0;
            return new Pose(scale, degrees, dx, dy, brightness, blur);
        }
    }

    /** Crop width in pixels for each type. */
    static int width(ObjectType type) {
        return switch (type) {
            case FACE, NON_MOTOR_VEHICLE -> 64;
            case PERSON, THING -> 48;
            case MOTOR_VEHICLE -> 96;
        };
    }

    static int height(ObjectType type) {
        return switch (type) {
            case FACE, MOTOR_VEHICLE, NON_MOTOR_VEHICLE -> 64;
            case PERSON -> 96;
            case THING -> 48;
        };
    }

    byte[] face(PersonLook look, int background, Pose pose) {
        PixelCanvas c = canvas(ObjectType.FACE, background, pose);
        int skin = SKIN[look.skin()], hair = look.hairColour();
        double fw = look.faceWidth(), fh = look.faceHeight(), g = look.eyeGap();
        c.ellipse(0.5, 1.08, 0.46, 0.30, look.coat().rgb());
        c.rect(0.43, 0.66, 0.57, 0.86, shade(skin, 0.85));
        if (look.hairStyle() == 1) {
            c.ellipse(0.5, 0.49, fw + 0.05, fh + 0.04, hair);
            c.rect(0.5 - fw - 0.05, 0.5, 0.5 + fw + 0.05, 0.84, hair);
        }
        if (look.hairStyle() == 4) c.ellipse(0.5, 0.5 - fh - 0.05, 0.09, 0.08, hair);
        c.ellipse(0.5 - fw, 0.51, 0.035, 0.06, shade(skin, 0.9));
        c.ellipse(0.5 + fw, 0.51, 0.035, 0.06, shade(skin, 0.9));
        if (look.hairStyle() != 2) c.ellipse(0.5, 0.46, fw + 0.025, fh + 0.015, hair);
        c.ellipse(0.5, 0.5, fw, fh, skin);
        switch (look.hairStyle()) {
            case 2 -> c.ellipse(0.5, 0.5 - fh * 0.8, fw * 0.9, fh * 0.3, mix(hair, skin));
            case 3 -> c.ellipse(0.44, 0.5 - fh * 0.8, fw * 1.0, fh * 0.34, hair);
            default -> c.ellipse(0.5, 0.5 - fh * 0.82, fw * 0.98, fh * 0.32, hair);
        }
        c.rect(0.5 - g - 0.045, 0.405, 0.5 - g + 0.04, 0.42, shade(hair, 1.0));
        c.rect(0.5 + g - 0.04, 0.405, 0.5 + g + 0.045, 0.42, shade(hair, 1.0));
        if (look.glasses()) {
            for (double side : new double[] {-1, 1}) {
                double x = 0.5 + side * g;
                c.rect(x - 0.06, 0.425, x + 0.06, 0.505, DARK);
                c.rect(x - 0.045, 0.44, x + 0.045, 0.49, shade(skin, 1.05));
            }
            c.rect(0.5 - g + 0.06, 0.445, 0.5 + g - 0.06, 0.455, DARK);
        }
        c.ellipse(0.5 - g, 0.465, 0.028, 0.018, DARK);
        c.ellipse(0.5 + g, 0.465, 0.028, 0.018, DARK);
        c.ellipse(0.5, 0.56, 0.02, 0.035, shade(skin, 0.82));
        if (look.beard()) c.ellipse(0.5, 0.68, fw * 0.78, fh * 0.26, hair);
        c.ellipse(0.5, 0.645, 0.06, 0.014, 0x9E4E46);
        return finish(c, pose);
    }

    /** The gallery's photo of a person: frontal, even light, ID-photo background. */
    byte[] portrait(PersonLook look) {
        return face(look, ID_PHOTO, Pose.FRONTAL);
    }

    byte[] body(PersonLook look, int background, Pose pose) {
        PixelCanvas c = canvas(ObjectType.PERSON, background, pose);
        int skin = SKIN[look.skin()], coat = look.coat().rgb(), trousers = look.trousers().rgb();
        c.rect(0.37, 0.56, 0.49, 0.93, trousers);
        c.rect(0.51, 0.56, 0.63, 0.93, trousers);
        c.rect(0.35, 0.92, 0.49, 0.97, DARK);
        c.rect(0.51, 0.92, 0.65, 0.97, DARK);
        c.rect(0.21, 0.24, 0.30, 0.56, shade(coat, 0.9));
        c.rect(0.70, 0.24, 0.79, 0.56, shade(coat, 0.9));
        c.ellipse(0.255, 0.585, 0.05, 0.025, skin);
        c.ellipse(0.745, 0.585, 0.05, 0.025, skin);
        c.rect(0.29, 0.21, 0.71, 0.60, coat);
        if (look.hairStyle() == 1) c.rect(0.38, 0.10, 0.62, 0.25, look.hairColour());
        c.ellipse(0.5, 0.135, 0.13, 0.075, skin);
        if (look.hairStyle() != 2) c.ellipse(0.5, 0.095, 0.135, 0.045, look.hairColour());
        if (look.bag()) {
            c.bar(0.36, 0.21, 0.74, 0.46, 0.04, shade(look.bagColour().rgb(), 0.7));
            c.rect(0.68, 0.42, 0.86, 0.56, look.bagColour().rgb());
        }
        return finish(c, pose);
    }

    /** A vehicle from the front, with the plate it physically carries (not what a recogniser read). */
    byte[] vehicle(VehicleFleet.Vehicle v, int background, Pose pose) {
        PixelCanvas c = canvas(ObjectType.MOTOR_VEHICLE, background, pose);
        int colour = v.colour().rgb();
        c.rect(0, 0.80, 1, 1, ROAD);
        double[] cabin = switch (v.model().shape()) {
            case SEDAN -> new double[] {0.24, 0.76, 0.18, 0.42};
            case SUV -> new double[] {0.20, 0.80, 0.10, 0.40};
            case VAN -> new double[] {0.14, 0.86, 0.06, 0.44};
            case TRUCK -> new double[] {0.16, 0.84, 0.04, 0.50};
        };
        double inset = v.model().shape() == VehicleFleet.BodyShape.SEDAN ? 0.06 : 0.03;
        c.rect(0.12, 0.78, 0.25, 0.93, DARK);
        c.rect(0.75, 0.78, 0.88, 0.93, DARK);
        c.quad(new double[] {cabin[0] + inset, cabin[1] - inset, cabin[1], cabin[0]},
                new double[] {cabin[2], cabin[2], cabin[3], cabin[3]}, colour);
        c.quad(new double[] {cabin[0] + inset + 0.04, cabin[1] - inset - 0.04, cabin[1] - 0.03, cabin[0] + 0.03},
                new double[] {cabin[2] + 0.04, cabin[2] + 0.04, cabin[3] - 0.02, cabin[3] - 0.02}, GLASS);
        c.rect(0.09, cabin[3] - 0.02, 0.91, 0.84, colour);
        c.ellipse(0.19, cabin[3] + 0.10, 0.065, 0.05, LIGHT);
        c.ellipse(0.81, cabin[3] + 0.10, 0.065, 0.05, LIGHT);
        c.rect(0.36, cabin[3] + 0.06, 0.64, cabin[3] + 0.15, shade(colour, 0.55));
        if (v.plated()) {
            int textWidth = PlateFont.width(v.plate());
            int x = c.deviceX(0.5, 0.71) - textWidth / 2, y = c.deviceY(0.5, 0.71) - 3;
            c.pixels(x - 2, y - 2, textWidth + 4, PlateFont.HEIGHT + 4, v.plateColour().rgb());
            PlateFont.draw(c, v.plate(), x, y, v.plateColour() == ColorType.BLUE ? 0xF4F4F4 : DARK);
        }
        return finish(c, pose);
    }

    byte[] object(ObjectCatalogue.Item item, int background, Pose pose) {
        PixelCanvas c = canvas(item.kind().type(), background, pose);
        int colour = item.colour().rgb();
        switch (item.kind()) {
            case E_BIKE -> {
                wheel(c, 0.22, 0.72, 0.15, background);
                wheel(c, 0.78, 0.72, 0.15, background);
                c.quad(new double[] {0.30, 0.74, 0.70, 0.32}, new double[] {0.46, 0.46, 0.70, 0.70}, colour);
                c.rect(0.38, 0.38, 0.62, 0.45, DARK);
                c.bar(0.70, 0.50, 0.74, 0.24, 0.04, 0x8A8A8A);
                c.rect(0.64, 0.22, 0.82, 0.26, DARK);
            }
            case BICYCLE -> {
                wheel(c, 0.22, 0.72, 0.16, background);
                wheel(c, 0.78, 0.72, 0.16, background);
                c.bar(0.22, 0.72, 0.46, 0.72, 0.035, colour);
                c.bar(0.46, 0.72, 0.38, 0.44, 0.035, colour);
                c.bar(0.38, 0.46, 0.70, 0.46, 0.035, colour);
                c.bar(0.46, 0.72, 0.70, 0.46, 0.035, colour);
                c.bar(0.70, 0.40, 0.78, 0.72, 0.035, colour);
                c.rect(0.32, 0.38, 0.44, 0.42, DARK);
                c.rect(0.64, 0.34, 0.80, 0.38, DARK);
            }
            case TRICYCLE -> {
                wheel(c, 0.20, 0.74, 0.13, background);
                wheel(c, 0.74, 0.74, 0.13, background);
                c.rect(0.50, 0.40, 0.94, 0.66, colour);
                c.rect(0.53, 0.44, 0.91, 0.62, shade(colour, 0.8));
                c.bar(0.20, 0.74, 0.50, 0.58, 0.04, DARK);
                c.bar(0.20, 0.74, 0.28, 0.30, 0.04, DARK);
                c.rect(0.18, 0.26, 0.36, 0.30, DARK);
            }
            case SUITCASE -> {
                c.rect(0.40, 0.10, 0.60, 0.14, DARK);
                c.rect(0.40, 0.10, 0.43, 0.26, DARK);
                c.rect(0.57, 0.10, 0.60, 0.26, DARK);
                c.rect(0.26, 0.24, 0.74, 0.88, colour);
                c.rect(0.30, 0.30, 0.32, 0.82, shade(colour, 0.75));
                c.rect(0.68, 0.30, 0.70, 0.82, shade(colour, 0.75));
                c.ellipse(0.32, 0.91, 0.04, 0.04, DARK);
                c.ellipse(0.68, 0.91, 0.04, 0.04, DARK);
            }
            case BACKPACK -> {
                c.ellipse(0.5, 0.34, 0.24, 0.18, colour);
                c.rect(0.26, 0.34, 0.74, 0.86, colour);
                c.rect(0.34, 0.58, 0.66, 0.80, shade(colour, 0.78));
                c.rect(0.44, 0.12, 0.56, 0.18, DARK);
            }
            case HANDBAG -> {
                c.ellipse(0.5, 0.36, 0.18, 0.16, DARK);
                c.ellipse(0.5, 0.36, 0.14, 0.12, background);
                c.quad(new double[] {0.28, 0.72, 0.80, 0.20}, new double[] {0.40, 0.40, 0.84, 0.84}, colour);
            }
            case CARTON -> {
                c.rect(0.18, 0.30, 0.82, 0.86, shade(colour, 0.9));
                c.quad(new double[] {0.28, 0.92, 0.82, 0.18}, new double[] {0.18, 0.18, 0.30, 0.30}, colour);
                c.rect(0.46, 0.30, 0.54, 0.86, 0xD8CFA8);
            }
        }
        return finish(c, pose);
    }

    private static void wheel(PixelCanvas c, double x, double y, double r, int background) {
        c.ellipse(x, y, r * 0.68, r, DARK);
        c.ellipse(x, y, r * 0.68 * 0.6, r * 0.6, shade(background, 0.9));
    }

    private static PixelCanvas canvas(ObjectType type, int background, Pose pose) {
        PixelCanvas c = new PixelCanvas(width(type), height(type));
        c.pose(pose.scale(), pose.degrees(), pose.dx(), pose.dy());
        c.fill(background);
        return c;
    }

    private static byte[] finish(PixelCanvas c, Pose pose) {
        if (pose.brightness() != 1) c.brightness(pose.brightness());
        c.blur(pose.blur());
        return PalettePng.encode(c.pixels(), c.width(), c.height());
    }

    private static int shade(int rgb, double factor) {
        int r = Math.min(255, (int) (((rgb >> 16) & 0xFF) * factor));
        int g = Math.min(255, (int) (((rgb >> 8) & 0xFF) * factor));
        int b = Math.min(255, (int) ((rgb & 0xFF) * factor));
        return (r << 16) | (g << 8) | b;
    }

    private static int mix(int a, int b) {
        return ((((a >> 16) & 0xFF) + ((b >> 16) & 0xFF)) / 2 << 16)
                | ((((a >> 8) & 0xFF) + ((b >> 8) & 0xFF)) / 2 << 8)
                | (((a & 0xFF) + (b & 0xFF)) / 2);
    }
}
