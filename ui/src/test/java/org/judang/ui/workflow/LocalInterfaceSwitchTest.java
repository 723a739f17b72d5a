package org.judang.ui.workflow;

import org.judang.engine.CaseSession;
import org.judang.ui.SyntheticCase;
import org.judang.ui.WorkstationUiTest;
import org.judang.ui.shell.LocalInterfaceControl;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Case menu switches the local HTTP interface on for the open case, shows its URL, and off again; closing the case stops it. */
class LocalInterfaceSwitchTest extends WorkstationUiTest {
    /** Stands in for the app module's server. */
    static final class Recorder implements LocalInterfaceControl {
        final List<String> calls = new ArrayList<>();
        CaseSession served;
        URI url;

        @Override
        public URI start(CaseSession session, int port) {
            calls.add("start " + port);
            served = session;
            url = URI.create("http://127.0.0.1:" + port + "/");
            return url;
        }

        @Override
        public void stop() {
            if (url != null) calls.add("stop");
            url = null;
        }

        @Override
        public Optional<URI> url() {
            return Optional.ofNullable(url);
        }
    }

    @Test
    void theCaseMenuTurnsTheInterfaceOnAndOff() {
        Recorder recorder = new Recorder();
        onFx(() -> {
            shell.setLocalInterface(recorder);
            return null;
        });
        openCase(SyntheticCase.clustered());
        clickOn("Case");
        clickOn("Local HTTP interface (off)");
        assertEquals(List.of("start 18080"), recorder.calls);
        assertSame(session(), recorder.served, "it serves the case open in the window");
        assertTrue(lookup("Local HTTP interface on").tryQuery().isPresent(), "a notice says it is on");
        clickOn("Case");
        clickOn("Local HTTP interface: http://127.0.0.1:18080/");
        assertEquals(List.of("start 18080", "stop"), recorder.calls);
        clickOn("Case");
        clickOn("Local HTTP interface (off)");
        onFx(() -> {
            shell.closeCase();
            return null;
        });
        assertEquals(List.of("start 18080", "stop", "start 18080", "stop"), recorder.calls, "closing the case stops it");
    }
}
