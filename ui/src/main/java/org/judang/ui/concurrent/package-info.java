/**
 * Threads of the desktop application: engine calls run on a background thread and hand their results to the
 * JavaFX thread, so that no view ever waits on the case database or the disk.
 */
package org.judang.ui.concurrent;
