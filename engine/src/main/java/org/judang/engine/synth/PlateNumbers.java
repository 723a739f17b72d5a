package org.judang.engine.synth;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Chinese licence plates, and the ways plate recognition gets them wrong.
 * <p>A plate is a province character, the city letter and five characters (letters other than I and O, and digits);
 * new-energy plates carry D or F and five digits. Most vehicles are local (浙B: Ningbo, where the cameras are).
 */
final class PlateNumbers {
    /** What a capture says when it shows no plate. */
    static final String UNPLATED = "无牌";

    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    private static final String[] OTHER_PROVINCES = {"沪", "苏", "皖", "赣", "闽", "粤", "京", "鲁", "豫", "湘"};
    private static final String LOCAL_CITY_LETTERS = "ACDEFGHJKL";
    /** Pairs that plate OCR confuses, both ways round. */
    private static final String CONFUSABLE = "8B0D175S2Z";

    private final Set<String> issued = new HashSet<>();

    /** A plate not issued before by this instance (the set is used only to test membership). */
    String issue(boolean newEnergy, SplittableRandom rng) {
        while (true) {
            StringBuilder plate = new StringBuilder(8);
            double where = rng.nextDouble();
            if (where < 0.70) plate.append("浙B");
            else if (where < 0.82) plate.append('浙').append(LOCAL_CITY_LETTERS.charAt(rng.nextInt(LOCAL_CITY_LETTERS.length())));
            else plate.append(OTHER_PROVINCES[rng.nextInt(OTHER_PROVINCES.length)]).append(LETTERS.charAt(rng.nextInt(5)));
            if (newEnergy) {
                plate.append(rng.nextBoolean() ? 'D' : 'F');
                for (int i = 0; i < 5; i++) plate.append(DIGITS.charAt(rng.nextInt(10)));
            } else {
                for (int i = 0; i < 5; i++) {
                    plate.append(rng.nextDouble() < 0.8 ? DIGITS.charAt(rng.nextInt(10)) : LETTERS.charAt(rng.nextInt(LETTERS.length())));
                }
            }
            if (issued.add(plate.toString())) return plate.toString();
        }
    }

    /**
     * The plate as a recogniser misreads it: one look-alike character swapped (8/B, 0/D, 1/7, 5/S, 2/Z), or when the
     * plate has none of those, one character replaced. The province character and the city letter are never touched:
     * recognisers know that the plate's grammar puts a letter there.
     */
    static String misread(String plate, SplittableRandom rng) {
        char[] chars = plate.toCharArray();
        int confusable = 0;
        for (int i = 2; i < chars.length; i++) if (CONFUSABLE.indexOf(chars[i]) >= 0) confusable++;
        if (confusable > 0) {
            int pick = rng.nextInt(confusable);
            for (int i = 2; i < chars.length; i++) {
                int at = CONFUSABLE.indexOf(chars[i]);
                if (at >= 0 && pick-- == 0) {
                    chars[i] = CONFUSABLE.charAt(at ^ 1);
                    break;
                }
            }
        } else {
            int i = 2 + rng.nextInt(chars.length - 2);
            String alphabet = DIGITS + LETTERS;
            char replacement;
            do {
                replacement = alphabet.charAt(rng.nextInt(alphabet.length()));
            } while (replacement == chars[i]);
            chars[i] = replacement;
        }
        return new String(chars);
    }
}
