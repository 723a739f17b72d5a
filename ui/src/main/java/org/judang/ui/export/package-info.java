/** The export dialog: GA/T 2350.5 message bodies to a folder or a zip, images inline, as files or none, run as a task. */
package org.judang.ui.export;
