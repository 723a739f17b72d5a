package org.judang.engine.metrics;

import org.judang.engine.model.FailurePhrase;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads ground truth: one line per labelled object, {@code object id<TAB>identity}, UTF-8. Blank lines are skipped;
 * columns after the second are ignored (as {@code evaluate.py} does); a UTF-8 BOM is tolerated.
 */
public final class TruthFile {
    private TruthFile() {}

    /**
     * @return object ID to identity, in file order
     * @throws TruthFileException naming the line when a line has no tab or an empty field, or when an object is given
     *                            two different identities; or when the file cannot be read
     */
    public static Map<String, String> read(Path tsv) {
        Map<String, String> truth = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank()) continue;
                String[] fields = line.split("\t", 3);
                if (fields.length < 2 || fields[0].isEmpty() || fields[1].isEmpty()) {
                    throw new TruthFileException(FailurePhrase.TRUTH_LINE_MALFORMED, tsv, lineNo, shorten(line));
                }
                String previous = truth.putIfAbsent(fields[0], fields[1]);
                if (previous == null) {
                    firstLine.put(fields[0], lineNo);
                } else if (!previous.equals(fields[1])) {
                    throw new TruthFileException(FailurePhrase.TRUTH_LABELLED_TWICE, tsv, lineNo, fields[0], fields[1], previous,
                            firstLine.get(fields[0]));
                }
            }
        } catch (CharacterCodingException e) {
            throw new TruthFileException(FailurePhrase.TRUTH_FILE_NOT_UTF8, e, tsv);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new TruthFileException(FailurePhrase.TRUTH_FILE_MISSING, e, tsv);
        } catch (IOException e) {
            throw new TruthFileException("Cannot read the truth file " + tsv + ": " + e.getMessage(), e);
        }
        return truth;
    }

    private static String shorten(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
