package org.judang.app.http;

import org.judang.engine.CaseSession;

/**
 * The command line's choices for the interface, checked: a loopback bind address, a port, a body limit in MB.
 */
public final class ServeOptions {
    private final InterfaceSettings settings;

    private ServeOptions(InterfaceSettings settings) {
        this.settings = settings;
    }

    /** @throws IllegalArgumentException for an address that is not loopback, a port out of range, a limit below 1 MB */
    public static ServeOptions of(String bind, int port, int maxBodyMb) {
        if (maxBodyMb < 1 || maxBodyMb > 2047) throw new IllegalArgumentException("--max-body-mb must be from 1 to 2047, not " + maxBodyMb + ".");
        return new ServeOptions(new InterfaceSettings(InterfaceSettings.loopback(bind), port, maxBodyMb * 1024L * 1024L, InterfaceSettings.DEFAULT_THREADS));
    }

    public LocalInterface start(CaseSession session) {
        return LocalInterface.start(session, settings);
    }
}
