/**
 * The window around the work: the shell controller (open, create and close cases, language and theme), the open
 * case's workspace, the main window's layout, notifications, the shortcut overlay and the file choosers.
 */
package org.judang.ui.shell;
