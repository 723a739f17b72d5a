package org.judang.app.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.judang.engine.archive.CorrectionException;
import org.judang.engine.message.StatusCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Takes every request: checks that it comes from this machine's own programs (the {@code Host} and {@code Origin} a
 * browser would send for another site are refused, so a web page cannot use the interface), that its path and method
 * exist, that its body is JSON and not too large; hands it to the path's resource; and writes the answer. Whatever
 * goes wrong, the client gets a GA/T 1400 status object, never a stack trace: those go to the case's log.
 */
final class Router implements HttpHandler {
    private static final List<String> JSON_TYPES = List.of("application/json", "application/viid+json");

    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private final BodyReader reader;
    private final ErrorLog log;

    Router(List<Resource> resources, BodyReader reader, ErrorLog log) {
        for (Resource r : resources) this.resources.put(r.path(), r);
        this.reader = reader;
        this.log = log;
    }

    /** Requests being answered, so that stopping can let them finish. */
    private final java.util.concurrent.atomic.AtomicInteger active = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean closing;

    /** Refuses new requests (503) and waits up to {@code millis} for those being answered. */
    void drain(long millis) throws InterruptedException {
        closing = true;
        long until = System.nanoTime() + millis * 1_000_000;
        while (active.get() > 0 && System.nanoTime() < until) Thread.sleep(5);
    }

    @Override
    public void handle(HttpExchange exchange) {
        active.incrementAndGet();
        try {
            answer(exchange);
        } finally {
            active.decrementAndGet();
        }
    }

    private void answer(HttpExchange exchange) {
        String url = exchange.getRequestURI().getRawPath() + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        Answer answer;
        try {
            answer = route(exchange, url);
        } catch (InterfaceException e) {
            answer = StatusList.refusal(url, e.httpStatus(), e.code(), e.getMessage());
        } catch (CorrectionException e) {
            answer = StatusList.refusal(url, 400, StatusCode.INVALID_OPERATION, e.getMessage());
        } catch (Exception | StackOverflowError e) {
            log.write(exchange.getRequestMethod(), url, e);
            answer = StatusList.refusal(url, 500, StatusCode.OTHER_ERROR,
                    "The workstation could not answer this request; the problem is written to " + log.file().getFileName() + " in the case's logs folder.");
        }
        write(exchange, answer);
    }

    private Answer route(HttpExchange exchange, String url) {
        if (closing) throw new InterfaceException(503, StatusCode.DEVICE_BUSY, "The interface is stopping.");
        checkLocal(exchange.getRequestHeaders());
        String path = exchange.getRequestURI().getPath();
        if (path.length() > 1 && path.endsWith("/")) path = path.substring(0, path.length() - 1);
        Resource resource = resources.get(path);
        if (resource == null) {
            throw InterfaceException.notFound("No resource " + path + " here; the interface serves " + String.join(", ", resources.keySet()) + ".");
        }
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        if (!resource.methods().contains(method)) {
            return new Answer(405, StatusList.refusal(url, 405, StatusCode.INVALID_OPERATION,
                    path + " does not take " + method + "; it takes " + String.join(", ", new TreeSet<>(resource.methods())) + ".").body(),
                    Map.of("Allow", String.join(", ", new TreeSet<>(resource.methods()))));
        }
        Request request = new Request(exchange, reader, url);
        if (request.hasBody()) checkBody(exchange.getRequestHeaders());
        return switch (method) {
            case "GET" -> resource.get(request);
            case "POST" -> resource.post(request);
            case "PUT" -> resource.put(request);
            case "DELETE" -> resource.delete(request);
            default -> throw new IllegalStateException("unrouted method " + method);
        };
    }

    /**
     * A program on this machine names a loopback host; a browser sent here by a web page (DNS rebinding) names the
     * page's host, and a page's own request carries its {@code Origin}.
     */
    private static void checkLocal(Headers h) {
        String host = h.getFirst("Host");
        if (host != null && !isLoopbackName(stripPort(host))) {
            throw new InterfaceException(403, StatusCode.INVALID_OPERATION, "The interface answers only requests addressed to this machine "
                    + "(Host localhost or a loopback address), not to '" + host + "'.");
        }
        String origin = h.getFirst("Origin");
        if (origin != null && !loopbackOrigin(origin)) {
            throw new InterfaceException(403, StatusCode.INVALID_OPERATION, "The interface does not answer requests from web pages (Origin " + origin + ").");
        }
    }

    private void checkBody(Headers h) {
        String length = h.getFirst("Content-Length");
        if (length != null) {
            try {
                reader.checkLength(Long.parseLong(length.trim()));
            } catch (NumberFormatException e) {
                throw InterfaceException.badContent("Content-Length is not a number: '" + length + "'.");
            }
        }
        String type = h.getFirst("Content-Type");
        if (type == null) return; // tolerated: some clients send none
        String[] parts = type.split(";");
        String media = parts[0].trim().toLowerCase(Locale.ROOT);
        if (!JSON_TYPES.contains(media)) {
            throw new InterfaceException(415, StatusCode.INVALID_OPERATION, "Bodies must be application/VIID+JSON or application/json, not " + media + ".");
        }
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].trim().split("=", 2);
            if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("charset") && !kv[1].trim().replace("\"", "").equalsIgnoreCase("UTF-8")) {
                throw new InterfaceException(415, StatusCode.INVALID_OPERATION, "Bodies must be UTF-8, not " + kv[1].trim() + ".");
            }
        }
    }

    private static String stripPort(String host) {
        String h = host.trim();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(1, end);
        }
        int colon = h.indexOf(':');
        return colon < 0 || h.indexOf(':', colon + 1) >= 0 ? h : h.substring(0, colon);
    }

    private static boolean loopbackOrigin(String origin) {
        try {
            String host = new URI(origin.trim()).getHost();
            return host != null && isLoopbackName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** {@code localhost}, or a literal loopback address; other names are not looked up (they could point anywhere). */
    static boolean isLoopbackName(String name) {
        if (name.equalsIgnoreCase("localhost")) return true;
        if (!name.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) return false;
        try {
            return InetAddress.getByName(name).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    private void write(HttpExchange exchange, Answer answer) {
        try (exchange) {
            byte[] body = reader.mapper().writeValueAsBytes(answer.body());
            Headers h = exchange.getResponseHeaders();
            h.set("Content-Type", mediaType(exchange.getRequestHeaders()) + ";charset=UTF-8");
            h.set("Cache-Control", "no-store");
            answer.headers().forEach(h::set);
            exchange.sendResponseHeaders(answer.httpStatus(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
                out.flush();
                discardRest(exchange.getRequestBody());
            }
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
    }

    /**
     * Reads and throws away what is left of a refused body, up to four times the body limit, once the answer is on
     * its way: a client that sends its whole body before reading (java.net.http does) then gets the answer instead
     * of a reset connection. Past that the connection is simply closed.
     */
    private void discardRest(InputStream body) throws IOException {
        byte[] sink = new byte[64 * 1024];
        long left = 4 * reader.maxBytes();
        for (int n; left > 0 && (n = body.read(sink, 0, (int) Math.min(sink.length, left))) > 0; ) left -= n;
    }

    /** Answers in the client's own media type: application/json to a client that asked for it, else application/VIID+JSON. */
    private static String mediaType(Headers request) {
        String accept = String.valueOf(request.getFirst("Accept")).toLowerCase(Locale.ROOT);
        String sent = String.valueOf(request.getFirst("Content-Type")).toLowerCase(Locale.ROOT);
        boolean plainJson = (accept.contains("application/json") || sent.startsWith("application/json")) && !accept.contains("viid");
        return plainJson ? "application/json" : "application/VIID+JSON";
    }
}
