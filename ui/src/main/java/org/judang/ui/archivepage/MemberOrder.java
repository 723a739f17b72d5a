package org.judang.ui.archivepage;

/** How the members of an archive are listed. */
public enum MemberOrder {
    /** Least similar to the archive's centre first: the likely intruders come first. */
    SIMILARITY,
    /** In the order they were captured. */
    TIME
}
