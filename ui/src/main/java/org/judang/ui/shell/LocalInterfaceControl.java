package org.judang.ui.shell;

import org.judang.engine.CaseSession;

import java.net.URI;
import java.util.Optional;

/**
 * Switches the local HTTP interface (GA/T 2350.5 Appendix A) on and off for the open case. The server lives in the
 * app module, which the UI may not depend on; the launcher hands an implementation in.
 */
public interface LocalInterfaceControl {
    /** The port the window serves on. */
    int DEFAULT_PORT = 18080;

    /**
     * Serves the case on this machine only and returns the base URL.
     *
     * @throws RuntimeException with a message for people when it cannot (the port is taken, say)
     */
    URI start(CaseSession session, int port);

    /** Stops serving; nothing happens when it is not on. */
    void stop();

    /** The base URL while it is on. */
    Optional<URI> url();
}
