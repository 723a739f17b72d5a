package org.judang.app.http;

import org.judang.app.cli.JudangCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The interface has no authentication, so it never listens beyond this machine. */
class LoopbackOnlyTest {
    @TempDir Path tmp;

    @Test
    void onlyLoopbackAddressesAreTaken() throws Exception {
        for (String other : new String[]{"0.0.0.0", "192.0.2.7", "10.1.2.3", "::", "2001:db8::1"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServeOptions.of(other, 0, 16), other);
            assertTrue(e.getMessage().startsWith("The interface serves this machine only"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new InterfaceSettings(InetAddress.getByName("192.0.2.7"), 0, 1 << 20, 1));
        for (String loopback : new String[]{"127.0.0.1", "localhost", "::1", "127.0.0.2"}) ServeOptions.of(loopback, 0, 16);
    }

    @Test
    void serveRefusesAnotherBindAddressWithExitCode2AndOneLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = JudangCommand.run(new String[]{"serve", tmp.toString(), "--bind", "0.0.0.0"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        String text = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.contains("bind to a loopback address"), text);
    }

    @Test
    void aServerListensOnTheLoopbackAddress() {
        try (var session = org.judang.engine.Workstation.createCase(tmp.resolve("case"), "empty");
             LocalInterface server = LocalInterface.start(session, 0)) {
            assertEquals("127.0.0.1", server.url().getHost());
            assertEquals(200, new Client(server.url()).get("VIID/ArchiveLibraries").status());
        }
    }
}
