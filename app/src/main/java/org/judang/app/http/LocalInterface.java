package org.judang.app.http;

import com.sun.net.httpserver.HttpServer;
import org.judang.engine.CaseSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local HTTP interface over one open case: the JDK's own {@link HttpServer} on a loopback address, its requests
 * answered by a fixed pool of daemon threads. Started and stopped by {@code judang serve} and by the window's switch.
 */
public final class LocalInterface implements AutoCloseable {
    static {
        // The JDK server writes a response's headers and body in separate segments; with Nagle's algorithm the body
        // then waits for the client's delayed ACK, about 40 ms on every answer. Read once, when the server first loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** How the audit log names writes made through the interface: "alice via HTTP". */
    static final String CHANNEL = "HTTP";

    private final HttpServer server;
    private final Router router;
    private final ExecutorService executor;
    private final URI url;

    private LocalInterface(HttpServer server, Router router, ExecutorService executor) {
        this.server = server;
        this.router = router;
        this.executor = executor;
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        this.url = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    /** Serves the case on the loopback address at {@code port} (0: any free port), with the default limits. */
    public static LocalInterface start(CaseSession session, int port) {
        return start(session, InterfaceSettings.onPort(port));
    }

    static LocalInterface start(CaseSession session, InterfaceSettings settings) {
        BodyReader reader = new BodyReader(settings.maxBodyBytes());
        List<Resource> resources = new ArrayList<>();
        resources.add(new LibrariesResource(session));
        resources.add(new TasksResource(session));
        for (ArchiveFamily f : ArchiveFamily.values()) {
            resources.add(new ArchiveQueryResource(session, f));
            resources.add(new ArchivesResource(session, f, reader));
            resources.add(new SubjectQueryResource(session, f));
            resources.add(new SubjectsResource(session, f));
            resources.add(new ConfidenceResource(session, f));
        }
        Router router = new Router(resources, reader, new ErrorLog(session.folder().resolve("logs")));
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(settings.address(), settings.port()), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serve on " + settings.address().getHostAddress() + ":" + settings.port() + ": " + e.getMessage()
                    + (settings.port() != 0 ? " (is another program using the port? choose another with --port)" : ""), e);
        }
        ExecutorService executor = threads(settings.threads());
        server.setExecutor(executor);
        server.createContext("/", router);
        server.start();
        return new LocalInterface(server, router, executor);
    }

    private static ExecutorService threads(int n) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(n, n, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "judang-http-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The base URL, e.g. {@code http://127.0.0.1:18080/}; the paths are under {@code VIID/} and {@code VIAS/}. */
    public URI url() {
        return url;
    }

    /** Lets the requests being answered finish (up to a second; new ones are refused), stops listening, then returns. */
    public void stop() {
        try {
            router.drain(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(0); // in Java 17 a delay is always waited in full, so the router drains instead
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) executor.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
