/**
 * The desktop benchmark: opens a real window on a case and measures what a person feels — the time to a usable
 * grid, the time to open a large archive, and the longest gap between JavaFX pulses while scrolling the grid.
 */
package org.judang.ui.bench;
