package org.judang.ui.shell;

import org.judang.engine.CaseSession;

/**
 * A case just opened, with its name read on the thread that opened it: the window shows the name in its title and
 * navigation, and would otherwise read it from the database on the JavaFX thread while it builds.
 */
record OpenedCase(CaseSession session, String name) {
    /** Reads the name of {@code session} (call off the JavaFX thread). */
    static OpenedCase of(CaseSession session) {
        return new OpenedCase(session, session.name());
    }
}
