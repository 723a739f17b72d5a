package org.judang.engine.export;

/** Running totals of an export, for its summary. */
final class ExportCounts {
    long archives;
    long vehicleArchives;
    long records;
    long images;
    long added;
    long modified;
    long deleted;

    /** Counts one archive body written. */
    void body(ArchiveSnapshot s) {
        if (s.archive().kind() == org.judang.engine.model.ArchiveKind.VEHICLE) vehicleArchives++;
        else archives++;
    }
}
