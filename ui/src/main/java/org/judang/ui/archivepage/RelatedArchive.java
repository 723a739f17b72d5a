package org.judang.ui.archivepage;

import org.judang.ui.archive.ArchiveCard;

/**
 * Another archive related to the one shown: seen with it ({@code together} times at the same camera within the
 * window), or found by the focused capture's feature ({@code similarity} of its centre); the other figure is -1.
 */
public record RelatedArchive(ArchiveCard card, int together, double similarity) {}
