/**
 * The archive grid: filters, search, a virtualised grid of archive tiles loaded a page at a time through
 * {@code CaseSession.archives(filter, offset, limit)}, keyboard navigation and the marks for a merge.
 */
package org.judang.ui.archive;
