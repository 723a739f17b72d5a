/**
 * Archiving (目标归档): turning clusters into archives with their basic information, folding new records into
 * existing archives, archive IDs. Depends on {@code model}, {@code store}, {@code cluster}, {@code vector},
 * {@code task}.
 */
package org.judang.engine.archive;
