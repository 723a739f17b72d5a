package org.judang.app.cli;

import org.judang.app.http.LocalInterface;
import org.judang.app.http.ServeOptions;
import org.judang.engine.CaseSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/** {@code judang serve DIR}: the local HTTP interface (GA/T 2350.5 Appendix A) over a case, until Ctrl+C. */
@Command(name = "serve", description = {"Serve a case's archives over the local HTTP interface (GA/T 2350.5 Appendix A), on this machine only,",
        "until Ctrl+C."}, mixinStandardHelpOptions = true)
final class ServeCommand implements Runnable {
    @Mixin CaseOptions c;
    @Option(names = "--port", defaultValue = "18080", paramLabel = "P", description = "Port (default ${DEFAULT-VALUE}; 0 for any free one).") int port;
    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDR", description = "A loopback address (default ${DEFAULT-VALUE}); others are refused.")
    String bind;
    @Option(names = "--max-body-mb", defaultValue = "16", paramLabel = "MB", description = "Largest request body taken (default ${DEFAULT-VALUE} MB).")
    int maxBodyMb;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        ServeOptions options;
        try {
            options = ServeOptions.of(bind, port, maxBodyMb);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        CaseSession session = c.open();
        LocalInterface server;
        try {
            server = options.start(session);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
                session.close();
            } finally {
                stopped.countDown();
            }
        }, "judang-serve-stop"));
        out.println("Serving case '" + session.name() + "' (archive library " + session.libraryId() + ") at " + server.url() + "VIID/");
        out.println("Paths: " + server.url() + "VIID/ArchiveLibraries, …/VIID/ArchivesQuerySync, …/VIAS/Tasks (see docs/interfaces.md). Ctrl+C stops.");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
