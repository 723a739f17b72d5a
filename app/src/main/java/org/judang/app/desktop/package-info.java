/**
 * Starts the desktop window from the command line: the launcher is not a JavaFX {@code Application} itself, so
 * the shaded jar starts from a plain class path; it also tells whether there is a display to open a window on, and hands
 * the window its switch for the local HTTP interface ({@code InterfaceSwitch}).
 */
package org.judang.app.desktop;
