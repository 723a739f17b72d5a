package org.judang.engine.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TruthFileTest {
    @TempDir
    Path tmp;

    @Test
    void readsObjectsInFileOrderSkippingBlankLines() throws IOException {
        Path tsv = write("\uFEFFF2\tpersonB\r\n\r\nF1\tpersonA\textra column\n   \nF3\tpersonA\n");

        Map<String, String> truth = TruthFile.read(tsv);

        assertEquals(List.of("F2", "F1", "F3"), List.copyOf(truth.keySet()));
        assertEquals(Map.of("F1", "personA", "F2", "personB", "F3", "personA"), truth);
    }

    @Test
    void aLineWithoutATabNamesItsLineNumber() throws IOException {
        Path tsv = write("F1\tpersonA\n\nF2 personB\n");

        var e = assertThrows(TruthFileException.class, () -> TruthFile.read(tsv));

        assertEquals(tsv + " line 3: expected 'object id<TAB>identity', found 'F2 personB'.", e.getMessage());
    }

    @Test
    void anEmptyLabelIsMalformed() throws IOException {
        Path tsv = write("F1\t\n");

        var e = assertThrows(TruthFileException.class, () -> TruthFile.read(tsv));

        assertEquals(tsv + " line 1: expected 'object id<TAB>identity', found 'F1\t'.", e.getMessage());
    }

    @Test
    void anObjectWithTwoIdentitiesIsRefusedAndTheSameTwiceIsNot() throws IOException {
        Path repeated = write("F1\tA\nF1\tA\n");
        Path conflicting = write("F1\tA\nF2\tB\nF1\tC\n");

        assertEquals(Map.of("F1", "A"), TruthFile.read(repeated));
        var e = assertThrows(TruthFileException.class, () -> TruthFile.read(conflicting));
        assertEquals(conflicting + " line 3: object F1 is labelled 'C' here but 'A' on line 1. Give each object one identity.", e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8SaysSo() throws IOException {
        Path tsv = tmp.resolve("latin1.tsv");
        Files.write(tsv, new byte[]{'F', '1', '\t', (byte) 0xE9, '\n'});

        var e = assertThrows(TruthFileException.class, () -> TruthFile.read(tsv));

        assertEquals("Cannot read the truth file " + tsv + ": it is not UTF-8 text. Save it as UTF-8 and try again.", e.getMessage());
    }

    private int files;

    private Path write(String text) throws IOException {
        Path p = tmp.resolve("truth-" + (++files) + ".tsv");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
