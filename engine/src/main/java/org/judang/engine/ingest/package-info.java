/**
 * The batch importer: reads an offline batch (a folder or a .zip of message bodies, images and feature sidecars, as
 * {@code spec/batch-format.md} describes), validates every object, and stores what is sound in a case, reporting
 * what it skipped or rejected and why.
 * <p>{@link org.judang.engine.ingest.BatchImporter} is the entry point; {@link org.judang.engine.ingest.ImportReport}
 * is what it tells the user. Everything else here is package-private: the batch sources (folder, zip), the streaming
 * message-body reader, the object parser, the image and feature intake, and the transactional writer.
 * <p>{@link org.judang.engine.ingest.ArchiveImporter} imports a full export package of another case or library as
 * archives (IDs, times, centres, cover kept; members validated as captures are), reporting in an
 * {@link org.judang.engine.ingest.ArchiveImportReport}.
 * <p>Depends on {@code model}, {@code store}, {@code vector}, {@code task} and {@code archive} (an imported archive's
 * basic information is worked out as clustering does), and on Jackson (streaming parser and tree model).
 */
package org.judang.engine.ingest;
