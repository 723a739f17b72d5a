package org.judang.engine;

import org.judang.engine.store.CaseStore;

import java.nio.file.Path;

/**
 * The entry point to the engine: creates and opens cases. The desktop UI, the command line and the HTTP
 * interface all work through the {@link CaseSession} it returns, and through nothing else.
 */
public final class Workstation {
    private Workstation() {}

    /** Creates a case in an absent or empty folder. */
    public static CaseSession createCase(Path folder, String name) {
        return new CaseSession(CaseStore.create(folder, name));
    }

    /** Opens a case, upgrading an older format; refuses one written by a newer version. */
    public static CaseSession openCase(Path folder) {
        return new CaseSession(CaseStore.open(folder));
    }
}
