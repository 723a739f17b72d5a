package org.judang.engine.archive;

/**
 * A decision clustering must honour. {@code CANNOT_LINK} between a record and an archive keeps the record out of it
 * ("not this identity"); between two archives it keeps them from being merged (a "no" to a suggestion, a split).
 * {@code MUST_LINK} between records keeps them together.
 */
public record Constraint(Kind kind, Side aSide, String a, Side bSide, String b) {
    public enum Kind { MUST_LINK, CANNOT_LINK }

    public enum Side { RECORD, ARCHIVE }

    public static Constraint cannotLinkArchives(String x, String y) {
        return x.compareTo(y) <= 0 ? new Constraint(Kind.CANNOT_LINK, Side.ARCHIVE, x, Side.ARCHIVE, y)
                : new Constraint(Kind.CANNOT_LINK, Side.ARCHIVE, y, Side.ARCHIVE, x);
    }

    public static Constraint recordNotIn(String record, String archive) {
        return new Constraint(Kind.CANNOT_LINK, Side.RECORD, record, Side.ARCHIVE, archive);
    }
}
