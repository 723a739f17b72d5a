package org.judang.engine.synth;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Resident identity card numbers (GB 11643): division code (6), date of birth (8), sequence (3, odd for men, even for
 * women) and an ISO 7064 MOD 11-2 check character. Well-formed, and fake: the sequences are made up.
 */
final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumbers() {}

    /** @param sequence any number; it is folded into 001..998, odd for a man and even for a woman */
    static String of(String division, LocalDate birth, int sequence, boolean male) {
        int seq = 2 * Math.floorMod(sequence, 499) + (male ? 1 : 2);
        String body = division + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format(Locale.ROOT, "%03d", seq);
        return body + checkCharacter(body);
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        return CHECK.charAt(sum % 11);
    }
}
