package org.judang.engine.vector;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** Rows at or above a minimum, as a loop over every row in doubles finds them, on whichever path is active. */
class RowDotsTest {
    @Test
    void findsEveryRowAtOrAboveTheMinimumInRowOrder() {
        int d = 37, rows = 500;
        Random random = new Random(7);
        float[] matrix = new float[rows * d];
        for (int i = 0; i < matrix.length; i++) matrix[i] = (float) random.nextGaussian();
        float[] q = new float[d];
        for (int i = 0; i < d; i++) q[i] = (float) random.nextGaussian();
        // row 3 is the query itself: its dot product is the minimum asked for, exactly
        System.arraycopy(q, 0, matrix, 3 * d, d);
        RowDots dots = new RowDots(matrix, d);
        float[] all = new float[rows];
        dots.above(q, -Float.MAX_VALUE, (row, s) -> all[row] = s);
        float self = all[3];
        assertEquals(rows, dots.rows());
        List<Integer> expected = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            double s = 0;
            for (int i = 0; i < d; i++) s += (double) q[i] * matrix[r * d + i];
            if (s >= 2.0) expected.add(r);
        }
        List<Integer> found = new ArrayList<>();
        dots.above(q, 2.0f, (row, s) -> {
            assertTrue(s >= 2.0f);
            found.add(row);
        });
        assertEquals(expected, found);
        List<Integer> atSelf = new ArrayList<>();
        dots.above(q, self, (row, s) -> atSelf.add(row));
        assertTrue(atSelf.contains(3), "a row exactly at the minimum counts");
    }

    @Test
    void refusesAQueryOfTheWrongLengthAndAMatrixThatIsNotWholeRows() {
        RowDots dots = new RowDots(new float[12], 4);
        assertThrows(IllegalArgumentException.class, () -> dots.above(new float[3], 0, (r, s) -> {}));
        assertThrows(IllegalArgumentException.class, () -> new RowDots(new float[10], 4));
    }
}
