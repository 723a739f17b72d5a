/**
 * The case on disk: folder layout, the SQLite database (WAL, foreign keys, versioned schema with migrations), the
 * content-addressed image store and the per-space vector files. All SQL of the project lives here, next to the
 * table it touches. Depends on {@code model} and {@code vector}.
 */
package org.judang.engine.store;
