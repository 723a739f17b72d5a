package org.judang.engine.synth;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes a crop as a palette PNG, the smallest form for flat-coloured drawings: exact colours when there are at most
 * 256 of them (sharp crops have a few dozen), otherwise channels cut to fewer bits until they fit (blurred crops).
 * Sixteen colours or fewer are written at four bits per pixel.
 */
final class PalettePng {
    private PalettePng() {}

    static byte[] encode(int[] rgb, int width, int height) {
        int[] pixels = new int[rgb.length];
        for (int i = 0; i < rgb.length; i++) pixels[i] = rgb[i] & 0xFFFFFF;
        int[] palette = distinct(pixels);
        for (int bits = 5; palette.length > 256; bits--) {
            for (int i = 0; i < pixels.length; i++) pixels[i] = reduce(rgb[i], bits);
            palette = distinct(pixels);
        }
        BufferedImage image = image(pixels, palette, width, height);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
             MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            try {
                writer.setOutput(stream);
                writer.write(image);
            } finally {
                writer.dispose();
            }
            stream.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a crop as PNG", e);
        }
    }

    private static BufferedImage image(int[] pixels, int[] palette, int width, int height) {
        int size = palette.length <= 2 ? 2 : palette.length <= 4 ? 4 : palette.length <= 16 ? 16 : 256;
        int bits = size == 256 ? 8 : Integer.numberOfTrailingZeros(size);
        byte[] r = new byte[size], g = new byte[size], b = new byte[size];
        for (int i = 0; i < palette.length; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        IndexColorModel model = new IndexColorModel(bits, size, r, g, b);
        BufferedImage image = bits == 8
                ? new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, model)
                : new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY, model);
        var raster = image.getRaster();
        for (int y = 0, i = 0; y < height; y++) {
            for (int x = 0; x < width; x++, i++) raster.setSample(x, y, 0, Arrays.binarySearch(palette, pixels[i]));
        }
        return image;
    }

    /** The distinct RGB values, ascending: a palette whose order depends only on the pixels. */
    private static int[] distinct(int[] pixels) {
        int[] sorted = pixels.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) if (i == 0 || sorted[i] != sorted[i - 1]) sorted[n++] = sorted[i];
        return Arrays.copyOf(sorted, n);
    }

    /** Keeps the top {@code bits} of each channel, spread back over 0..255. */
    private static int reduce(int c, int bits) {
        int max = (1 << bits) - 1;
        int r = ((c >> 16) & 0xFF) >> (8 - bits), g = ((c >> 8) & 0xFF) >> (8 - bits), b = (c & 0xFF) >> (8 - bits);
        return ((r * 255 / max) << 16) | ((g * 255 / max) << 8) | (b * 255 / max);
    }
}
