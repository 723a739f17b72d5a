package org.judang.engine.archive;

import org.judang.engine.model.Archive;

/** An archive found by image or feature (以图搜档), with its centre's similarity to the query. */
public record ArchiveMatch(Archive archive, double similarity) {}
