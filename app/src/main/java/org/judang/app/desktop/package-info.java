/**
 * Starts the desktop window from the command line: the launcher is not a JavaFX {@code Application} itself, so
 * the shaded jar starts from a plain class path; it also tells whether there is a display to open a window on.
 */
package org.judang.app.desktop;
