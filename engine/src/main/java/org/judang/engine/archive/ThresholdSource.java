package org.judang.engine.archive;

/** Where a clustering run's threshold for a feature space came from. */
public enum ThresholdSource {
    /** Given by the person for this run (and remembered for the space). */
    MANUAL,
    /** The space's threshold from an earlier run. */
    REMEMBERED,
    /** Estimated from the space's own similarity distribution (and remembered). */
    ESTIMATED,
    /** Too little data to estimate from: the engine's default, not remembered. */
    DEFAULT
}
