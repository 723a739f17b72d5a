/**
 * The batch importer: reads an offline batch (a folder or a .zip of message bodies, images and feature sidecars, as
 * {@code spec/batch-format.md} describes), validates every object, and stores what is sound in a case, reporting
 * what it skipped or rejected and why.
 * <p>{@link org.judang.engine.ingest.BatchImporter} is the entry point; {@link org.judang.engine.ingest.ImportReport}
 * is what it tells the user. Everything else here is package-private: the batch sources (folder, zip), the streaming
 * message-body reader, the object parser, the image and feature intake, and the transactional writer.
 * <p>Depends on {@code model}, {@code store}, {@code vector} and {@code task}, and on Jackson (streaming parser and
 * tree model).
 */
package org.judang.engine.ingest;
