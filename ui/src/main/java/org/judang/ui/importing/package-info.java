/**
 * Bringing data in: the import dialog (a batch folder or zip, run as a task) and the clustering dialog with the
 * threshold preview per feature space.
 */
package org.judang.ui.importing;
