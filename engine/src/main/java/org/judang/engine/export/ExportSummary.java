package org.judang.engine.export;

import java.nio.file.Path;

/**
 * What an export wrote.
 *
 * @param output          the export folder or .zip file
 * @param archives        person and object archives, in {@code Archives.json}
 * @param vehicleArchives motor-vehicle archives, in {@code VehicleArchives.json}
 * @param records         member objects, in {@code ArchiveSubjects.json}
 * @param images          image files under {@code images/} (each stored image once) with {@link ImageMode#FILES};
 *                        images written inline as {@code Data} with {@link ImageMode#INLINE}; 0 with {@link ImageMode#NONE}
 */
public record ExportSummary(Path output, long archives, long vehicleArchives, long records, long images) {
}
