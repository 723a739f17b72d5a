package org.judang.engine.ingest;

/**
 * The importer's limits: what keeps a hostile or broken batch from exhausting memory or disk, and how much goes into
 * one transaction. Tests lower some of them to keep their data small.
 *
 * @param maxStringLength      longest JSON string value read; large enough for the base64 of an image at {@code maxImageBytes}
 * @param maxNestingDepth      deepest JSON nesting read; message bodies nest about eight levels
 * @param maxImageBytes        larger images are not stored (the record is kept, flagged "no image")
 * @param recordsPerTransaction records (and gallery entries) committed together
 * @param zipBombRatio         a zip declaring more than this many times its compressed size ...
 * @param zipBombMinBytes      ... and more than this many bytes in all is refused
 * @param maxListedIssues      issues kept in the report; later ones are only counted
 * @param maxIdLength          longest object ID accepted
 */
record IngestLimits(int maxStringLength, int maxNestingDepth, long maxImageBytes, int recordsPerTransaction,
                    long zipBombRatio, long zipBombMinBytes, int maxListedIssues, int maxIdLength) {

    static final long MB = 1L << 20;

    /** base64 of a 50 MB image is 69.9 M characters: 72 M leaves room for a data-URI prefix and line breaks. */
    static final IngestLimits DEFAULT = new IngestLimits(72 * (int) MB, 64, 50 * MB, 1000, 100, 1L << 30, 10_000, 64);

    IngestLimits withRecordsPerTransaction(int n) {
        return new IngestLimits(maxStringLength, maxNestingDepth, maxImageBytes, n, zipBombRatio, zipBombMinBytes, maxListedIssues, maxIdLength);
    }

    IngestLimits withMaxListedIssues(int n) {
        return new IngestLimits(maxStringLength, maxNestingDepth, maxImageBytes, recordsPerTransaction, zipBombRatio, zipBombMinBytes, n, maxIdLength);
    }
}
