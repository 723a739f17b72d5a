/**
 * Corrections by a person: running them on the engine thread, telling what they did or why they could not be made,
 * undo and redo, the visible audit log, the merge dialog (with the survivor chosen explicitly and previewed) and
 * the archive picker for moves.
 */
package org.judang.ui.corrections;
