package org.judang.engine.model;

/** A stretch of case time, both ends included (epoch seconds, see {@link CaseTime}). */
public record TimeSpan(long first, long last) {
    public TimeSpan {
        if (last < first) throw new IllegalArgumentException("a time span ends before it starts: " + first + " > " + last);
    }
}
