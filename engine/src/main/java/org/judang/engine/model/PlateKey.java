package org.judang.engine.model;

/**
 * The form of a plate number that OCR confusions do not change: each group of characters a reader mixes up
 * (8/B, 0/D/O, 1/7/I, 5/S, 2/Z) is written as one character. Two readings of the same plate get the same key; a
 * different plate that differs only by such confusions does too, which is why plate evidence is always checked
 * against appearance before two vehicles are joined.
 */
public final class PlateKey {
    private PlateKey() {}

    public static String of(String plate) {
        if (plate == null) return null;
        StringBuilder sb = new StringBuilder(plate.length());
        for (int i = 0; i < plate.length(); i++) {
            char ch = Character.toUpperCase(plate.charAt(i));
            sb.append(switch (ch) {
                case '8' -> 'B';
                case '0', 'O' -> 'D';
                case '7', 'I' -> '1';
                case '5' -> 'S';
                case '2' -> 'Z';
                default -> ch;
            });
        }
        return sb.toString();
    }

    /**
     * Whether two plate keys name clearly different plates: different lengths, or two or more characters apart. Keys
     * one character apart are not taken as evidence either way, since OCR also misreads characters outside the
     * confusion groups.
     */
    public static boolean clearlyDifferent(String keyA, String keyB) {
        if (keyA == null || keyB == null) return false;
        if (keyA.length() != keyB.length()) return true;
        int diff = 0;
        for (int i = 0; i < keyA.length() && diff < 2; i++) if (keyA.charAt(i) != keyB.charAt(i)) diff++;
        return diff >= 2;
    }
}
