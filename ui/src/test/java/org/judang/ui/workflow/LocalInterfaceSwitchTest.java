package org.judang.ui.workflow;

import org.judang.engine.ArchiveFilter;
import org.judang.engine.CaseSession;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.ui.archive.ArchiveGridViewModel;
import org.judang.ui.shell.CaseWorkspace;
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

    @Test
    void changesMadeThroughTheInterfaceShowInTheWindow() {
        CaseWorkspace ws = openCase(SyntheticCase.clustered());
        ArchiveFilter filter = ArchiveFilter.all().withMinSize(ArchiveGridViewModel.DEFAULT_MIN_SIZE);
        long before = session().countArchives(filter);
        List<Archive> persons = session().archives(filter.withKind(ArchiveKind.PERSON), 0, 2);
        until("the grid shows the archives", () -> ws.grid().model().countProperty().get() == before);
        // a client of the local interface merges two archives: the server does it on its own thread
        Thread client = new Thread(() -> session().corrections("HTTP").merge(List.of(persons.get(0).id(), persons.get(1).id()), persons.get(1).id()));
        client.start();
        until("the grid follows", () -> ws.grid().model().countProperty().get() == before - 1 && shell.idle());
        clickOn("#nav-log");
        until("the log shows who did it", () -> lookup("#audit-table").queryTableView().getItems().stream()
                .anyMatch(e -> ((org.judang.engine.archive.AuditEntry) e).actor().endsWith("via HTTP")));
    }
}
