package org.judang.app.http;

import org.judang.engine.model.Archive;

import java.util.List;

/**
 * One page of a query's answer.
 *
 * @param start the first archive of the page among all that match, 0-based
 * @param total how many match in all (capped by the query's {@code MaxNumRecordReturn})
 */
record ArchivePage(List<Archive> archives, int start, long total) {}
