/**
 * Full export of a case's archives as GA/T 2350.5 message bodies: {@code ArchiveLibrary.json}, {@code Archives.json},
 * {@code VehicleArchives.json}, {@code ArchiveSubjects.json} and, when asked, the images, in a folder or a .zip.
 * {@link org.judang.engine.export.ArchiveExporter} is the entry point; {@link org.judang.engine.export.ArchiveMessages}
 * builds the same bodies one archive at a time for the local interface. Files are streamed one archive at a time, so
 * memory does not grow with the case, and written under a temporary name beside the target, so a failed or
 * cancelled export leaves nothing behind. Depends on {@code store}, {@code model}, {@code message} and {@code task}.
 */
package org.judang.engine.export;
