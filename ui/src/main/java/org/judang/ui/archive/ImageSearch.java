package org.judang.ui.archive;

import javafx.scene.image.Image;
import org.judang.engine.ingest.ProbeFile;

import java.util.List;
import java.util.Map;

/**
 * A search by image (以图搜档) the grid shows: the captures of a file searched with, and the archives like any of them,
 * best first, with the similarity of each to the capture it is most like.
 *
 * @param source    the file's name, as the person chose it
 * @param probes    the captures searched with
 * @param skipped   objects of the file that could not be searched with, each with why
 * @param threshold the lowest similarity shown
 * @param ranked    the matching archives, best first
 * @param similarity each matching archive's best similarity
 * @param picture   the crop of the first capture that has one, decoded (off the JavaFX thread); null when none has
 */
public record ImageSearch(String source, List<ProbeFile.Probe> probes, List<String> skipped, double threshold, List<String> ranked,
                          Map<String, Double> similarity, Image picture) {
    /** What a search starts with: the interface's default too. */
    public static final double DEFAULT_THRESHOLD = 0.5;
    /** Archives kept per capture searched with. */
    public static final int LIMIT = 1000;

    public ImageSearch {
        probes = List.copyOf(probes);
        skipped = List.copyOf(skipped);
        ranked = List.copyOf(ranked);
        similarity = Map.copyOf(similarity);
    }
}
