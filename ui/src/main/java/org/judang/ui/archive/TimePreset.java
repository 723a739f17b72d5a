package org.judang.ui.archive;

import org.judang.engine.model.TimeSpan;

/**
 * Quick time ranges for the archive grid. A case is seized footage, so they count back from the case's last capture,
 * not from the clock: "the last day" is the calendar day of the last capture.
 */
public enum TimePreset {
    WHOLE_CASE, LAST_DAY, LAST_24_HOURS, LAST_7_DAYS;

    private static final long DAY = 86_400;

    /** The range this preset stands for in a case whose captures span {@code span}; null for the whole case. */
    public TimeSpan range(TimeSpan span) {
        long last = span.last();
        return switch (this) {
            case WHOLE_CASE -> null;
            case LAST_DAY -> new TimeSpan(Math.floorDiv(last, DAY) * DAY, Math.floorDiv(last, DAY) * DAY + DAY - 1);
            case LAST_24_HOURS -> new TimeSpan(last - DAY, last);
            case LAST_7_DAYS -> new TimeSpan(last - 7 * DAY, last);
        };
    }
}
