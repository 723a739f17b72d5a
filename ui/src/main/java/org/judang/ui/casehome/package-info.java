/**
 * The case home: the welcome screen with recent cases (no case open), and for an open case its figures, quality
 * figures against a truth file, its batches with their import reports, and the recent tasks.
 */
package org.judang.ui.casehome;
