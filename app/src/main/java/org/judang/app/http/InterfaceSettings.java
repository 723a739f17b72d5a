package org.judang.app.http;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where and how the interface listens.
 *
 * @param address      a loopback address; anything else is refused
 * @param port         0 for any free port
 * @param maxBodyBytes larger request bodies are refused (413) without being read
 * @param threads      requests answered at once; more wait in line
 */
record InterfaceSettings(InetAddress address, int port, long maxBodyBytes, int threads) {
    static final int DEFAULT_PORT = 18080;
    static final long DEFAULT_MAX_BODY = 16L * 1024 * 1024;
    /** As many as the case's database has read-only connections; more threads would wait for one. */
    static final int DEFAULT_THREADS = 8;

    InterfaceSettings {
        if (!address.isLoopbackAddress()) throw new IllegalArgumentException(notLoopback(address.getHostAddress()));
        if (port < 0 || port > 65535) throw new IllegalArgumentException("The port must be from 0 to 65535, not " + port + ".");
        if (maxBodyBytes < 1024) throw new IllegalArgumentException("The body limit must be at least 1 KB.");
        if (threads < 1) throw new IllegalArgumentException("At least one thread.");
    }

    static InterfaceSettings onPort(int port) {
        return new InterfaceSettings(InetAddress.getLoopbackAddress(), port, DEFAULT_MAX_BODY, DEFAULT_THREADS);
    }

    /**
     * A bind address given by a person: a loopback address or a name for one ({@code localhost}, {@code 127.0.0.1},
     * {@code ::1}); anything else is refused, as the interface has no authentication.
     */
    static InetAddress loopback(String given) {
        InetAddress a;
        try {
            a = InetAddress.getByName(given.trim());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Cannot bind to '" + given + "': no such address.");
        }
        if (!a.isLoopbackAddress()) throw new IllegalArgumentException(notLoopback(given));
        return a;
    }

    private static String notLoopback(String given) {
        return "The interface serves this machine only: bind to a loopback address (127.0.0.1, ::1, localhost), not " + given + ".";
    }
}
