package org.judang.engine.export;

import java.nio.file.Path;

/**
 * What an export wrote.
 *
 * @param output          the export folder or .zip file
 * @param name            the name the case remembers it by: the {@code since} of a later delta
 * @param archives        person and object archives written: in {@code Archives.json}, or added and modified ones in a delta
 * @param vehicleArchives motor-vehicle archives written: in {@code VehicleArchives.json}, or added and modified ones in a delta
 * @param records         member objects written
 * @param images          image files under {@code images/} (each stored image once) with {@link ImageMode#FILES};
 *                        images written inline as {@code Data} with {@link ImageMode#INLINE}; 0 with {@link ImageMode#NONE}
 * @param changes         for a delta export, what it holds; null for a full export
 */
public record ExportSummary(Path output, String name, long archives, long vehicleArchives, long records, long images, Changes changes) {

    /**
     * The archives a delta export holds, each counted once whatever its kind.
     *
     * @param since    the export it is relative to
     * @param modified archives whose body or members changed
     * @param deleted  archives gone (merged into another, emptied, hidden) since
     */
    public record Changes(String since, long added, long modified, long deleted) {}
}
