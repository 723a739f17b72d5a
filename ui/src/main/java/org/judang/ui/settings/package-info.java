/** What the workstation remembers for its user between runs (recent cases, language, theme) and the settings dialog. */
package org.judang.ui.settings;
