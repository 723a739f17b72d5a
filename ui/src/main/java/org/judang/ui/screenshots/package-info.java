/**
 * The screenshot tour behind the hidden {@code --screenshots DIR} option: drives the real window through the main
 * screens and writes a JavaFX scene snapshot of each (and of the merge dialog) as PNG, for the documentation.
 */
package org.judang.ui.screenshots;
