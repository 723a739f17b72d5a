package org.judang.engine.synth;

import java.util.Arrays;

/**
 * A small RGB raster with just the drawing the crops need: filled ellipses, rectangles and convex quadrilaterals in
 * model coordinates (0..1 across the width and the height), seen through a pose (scale, rotation, shift).
 * <p>Every pixel is decided by plain arithmetic on its centre — no anti-aliasing, no fonts, {@link StrictMath} for
 * the trigonometry — so a crop is pixel-identical on every JVM and platform, which the sample case's test relies on.
 */
final class PixelCanvas {
    private final int width, height;
    private final int[] rgb;
    private final double[] modelX, modelY;
    private double scale = 1, cos = 1, sin = 0, centreX, centreY;

    PixelCanvas(int width, int height) {
        this.width = width;
        this.height = height;
        rgb = new int[width * height];
        modelX = new double[width * height];
        modelY = new double[width * height];
        pose(1, 0, 0, 0);
    }

    int width() { return width; }
    int height() { return height; }
    int[] pixels() { return rgb; }

    /** Views the model scaled, rotated by {@code degrees} about the crop's centre, and shifted by whole pixels. */
    void pose(double scale, double degrees, double dx, double dy) {
        this.scale = scale;
        double a = StrictMath.toRadians(degrees);
        cos = StrictMath.cos(a);
        sin = StrictMath.sin(a);
        centreX = width / 2.0 + dx;
        centreY = height / 2.0 + dy;
        for (int y = 0, i = 0; y < height; y++) {
            for (int x = 0; x < width; x++, i++) {
                double rx = x + 0.5 - centreX, ry = y + 0.5 - centreY;
                modelX[i] = (cos * rx + sin * ry) / scale / width + 0.5;
                modelY[i] = (-sin * rx + cos * ry) / scale / height + 0.5;
            }
        }
    }

    void fill(int colour) {
        Arrays.fill(rgb, colour);
    }

    void ellipse(double cx, double cy, double rx, double ry, int colour) {
        for (int i = 0; i < rgb.length; i++) {
            double u = (modelX[i] - cx) / rx, v = (modelY[i] - cy) / ry;
            if (u * u + v * v <= 1) rgb[i] = colour;
        }
    }

    void rect(double x0, double y0, double x1, double y1, int colour) {
        for (int i = 0; i < rgb.length; i++) {
            double x = modelX[i], y = modelY[i];
            if (x >= x0 && x < x1 && y >= y0 && y < y1) rgb[i] = colour;
        }
    }

    /** A convex quadrilateral, corners in order around it (either way round). */
    void quad(double[] xs, double[] ys, int colour) {
        for (int i = 0; i < rgb.length; i++) {
            boolean left = true, right = true;
            for (int k = 0; k < 4 && (left || right); k++) {
                int n = (k + 1) % 4;
                double cross = (xs[n] - xs[k]) * (modelY[i] - ys[k]) - (ys[n] - ys[k]) * (modelX[i] - xs[k]);
                left &= cross >= 0;
                right &= cross <= 0;
            }
            if (left || right) rgb[i] = colour;
        }
    }

    /** A thick segment from (x0, y0) to (x1, y1): bicycle tubes, straps. */
    void bar(double x0, double y0, double x1, double y1, double thickness, int colour) {
        double dx = x1 - x0, dy = y1 - y0, length = Math.sqrt(dx * dx + dy * dy);
        double nx = -dy / length * thickness / 2, ny = dx / length * thickness / 2;
        quad(new double[] {x0 - nx, x1 - nx, x1 + nx, x0 + nx}, new double[] {y0 - ny, y1 - ny, y1 + ny, y0 + ny}, colour);
    }

    /** The pixel column of a model point (for drawing text pixel by pixel). */
    int deviceX(double x, double y) {
        double mx = (x - 0.5) * width * scale, my = (y - 0.5) * height * scale;
        return (int) Math.floor(centreX + cos * mx - sin * my);
    }

    int deviceY(double x, double y) {
        double mx = (x - 0.5) * width * scale, my = (y - 0.5) * height * scale;
        return (int) Math.floor(centreY + sin * mx + cos * my);
    }

    /** Sets whole pixels in device coordinates, clipped to the canvas. */
    void pixels(int x, int y, int w, int h, int colour) {
        for (int py = Math.max(0, y); py < Math.min(height, y + h); py++) {
            for (int px = Math.max(0, x); px < Math.min(width, x + w); px++) rgb[py * width + px] = colour;
        }
    }

    void brightness(double factor) {
        int f = (int) Math.round(factor * 256);
        for (int i = 0; i < rgb.length; i++) {
            int c = rgb[i];
            rgb[i] = (channel(c >> 16, f) << 16) | (channel(c >> 8, f) << 8) | channel(c, f);
        }
    }

    /** A box blur of the given radius, twice (close to a Gaussian): what an out-of-focus or small capture looks like. */
    void blur(int radius) {
        if (radius <= 0) return;
        int[] tmp = new int[rgb.length];
        for (int pass = 0; pass < 2; pass++) {
            boxBlur(rgb, tmp, width, height, radius, true);
            boxBlur(tmp, rgb, width, height, radius, false);
        }
    }

    private static void boxBlur(int[] from, int[] to, int width, int height, int radius, boolean horizontal) {
        int lines = horizontal ? height : width, length = horizontal ? width : height;
        int span = 2 * radius + 1;
        for (int line = 0; line < lines; line++) {
            for (int k = 0; k < length; k++) {
                int r = 0, g = 0, b = 0;
                for (int j = k - radius; j <= k + radius; j++) {
                    int at = Math.max(0, Math.min(length - 1, j));
                    int c = horizontal ? from[line * width + at] : from[at * width + line];
                    r += (c >> 16) & 0xFF;
                    g += (c >> 8) & 0xFF;
                    b += c & 0xFF;
                }
                int value = ((r / span) << 16) | ((g / span) << 8) | (b / span);
                if (horizontal) to[line * width + k] = value;
                else to[k * width + line] = value;
            }
        }
    }

    private static int channel(int value, int factor) {
        return Math.min(255, ((value & 0xFF) * factor + 128) >> 8);
    }
}
