package org.judang.app.desktop;

import org.judang.app.http.LocalInterface;
import org.judang.engine.CaseSession;
import org.judang.ui.shell.LocalInterfaceControl;

import java.net.URI;
import java.util.Optional;

/** The window's switch for the local HTTP interface: at most one server, over the case open in the window. */
final class InterfaceSwitch implements LocalInterfaceControl {
    private LocalInterface server;

    @Override
    public synchronized URI start(CaseSession session, int port) {
        stop();
        server = LocalInterface.start(session, port);
        return server.url();
    }

    @Override
    public synchronized void stop() {
        if (server == null) return;
        server.stop();
        server = null;
    }

    @Override
    public synchronized Optional<URI> url() {
        return server == null ? Optional.empty() : Optional.of(server.url());
    }
}
