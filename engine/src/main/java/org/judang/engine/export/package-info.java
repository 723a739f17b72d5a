/**
 * Export of a case's archives as GA/T 2350.5 message bodies, in a folder or a .zip: a full export
 * ({@code ArchiveLibrary.json}, {@code Archives.json}, {@code VehicleArchives.json}, {@code ArchiveSubjects.json}), or a
 * delta export since a named earlier export ({@code Notifications.json}, a GA/T 1400 subscription notification list
 * whose archives carry {@code ExecuteOperation}), and when asked the images.
 * {@link org.judang.engine.export.ArchiveExporter} is the entry point; every export has a name and the case remembers
 * (in its {@code exports} tables) what each archive looked like in it. {@link org.judang.engine.export.ArchiveMessages} builds the same bodies one archive
 * at a time for the local interface; {@link org.judang.engine.export.ArchiveSet} reads exports back and applies deltas, as a receiver would. Files are streamed one archive at a time, so memory does
 * not grow with the case, and written under a temporary name beside the target, so a failed or cancelled export leaves
 * nothing behind. Hidden archives are not exported. Depends on {@code store}, {@code model}, {@code message} and
 * {@code task}.
 */
package org.judang.engine.export;
