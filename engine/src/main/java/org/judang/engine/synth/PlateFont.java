package org.judang.engine.synth;

/**
 * A 3×5 pixel font for plate characters, so that plates are drawn without system fonts (which differ between
 * machines). A Chinese province character is too small to read at crop size anyway; it is drawn as a 5×5 block
 * pattern of its own, which keeps plates of different provinces visibly different.
 */
final class PlateFont {
    static final int HEIGHT = 5;
    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    /** Rows top to bottom, 3 bits each, most significant bit on the left. */
    private static final int[][] GLYPHS = {
            {7, 5, 5, 5, 7}, {2, 6, 2, 2, 7}, {7, 1, 7, 4, 7}, {7, 1, 7, 1, 7}, {5, 5, 7, 1, 1},
            {7, 4, 7, 1, 7}, {7, 4, 7, 5, 7}, {7, 1, 1, 2, 2}, {7, 5, 7, 5, 7}, {7, 5, 7, 1, 7},
            {2, 5, 7, 5, 5}, {6, 5, 6, 5, 6}, {7, 4, 4, 4, 7}, {6, 5, 5, 5, 6}, {7, 4, 7, 4, 7},
            {7, 4, 7, 4, 4}, {7, 4, 5, 5, 7}, {5, 5, 7, 5, 5}, {1, 1, 1, 5, 7}, {5, 5, 6, 5, 5},
            {4, 4, 4, 4, 7}, {5, 7, 7, 5, 5}, {6, 5, 5, 5, 5}, {7, 5, 7, 4, 4}, {7, 5, 5, 7, 1},
            {6, 5, 6, 5, 5}, {3, 4, 2, 1, 6}, {7, 2, 2, 2, 2}, {5, 5, 5, 5, 7}, {5, 5, 5, 5, 2},
            {5, 5, 7, 7, 5}, {5, 5, 2, 5, 5}, {5, 5, 2, 2, 2}, {7, 1, 2, 4, 7}};

    private PlateFont() {}

    /** Width in pixels of a character: 5 for a Chinese character, 3 otherwise. */
    static int width(char c) {
        return c < 128 ? 3 : 5;
    }

    /** Width of a whole plate: one pixel between characters, two after the city letter (where the dot is). */
    static int width(String plate) {
        int w = 0;
        for (int i = 0; i < plate.length(); i++) w += width(plate.charAt(i)) + (i == 1 ? 2 : 1);
        return w - 1;
    }

    static void draw(PixelCanvas canvas, String plate, int x, int y, int colour) {
        for (int i = 0; i < plate.length(); i++) {
            char c = plate.charAt(i);
            int w = width(c);
            for (int row = 0; row < HEIGHT; row++) {
                int bits = rowBits(c, row);
                for (int col = 0; col < w; col++) {
                    if ((bits >> (w - 1 - col) & 1) != 0) canvas.pixels(x + col, y + row, 1, 1, colour);
                }
            }
            x += w + (i == 1 ? 2 : 1);
        }
    }

    private static int rowBits(char c, int row) {
        int at = CHARS.indexOf(c);
        if (at >= 0) return GLYPHS[at][row];
        // A dense, stable pattern for a Chinese character: its code point decides which pixels are set.
        int h = c * 0x9E3779B1;
        return row == 0 || row == HEIGHT - 1 ? 0x1F : 0x11 | ((h >>> (row * 5)) & 0x0E);
    }
}
