package org.judang.app.http;

import java.util.Set;

/**
 * One path of the interface and the methods it answers. The router calls only the methods listed in
 * {@link #methods()}; the others answer 405.
 */
interface Resource {
    String path();

    Set<String> methods();

    default Answer get(Request r) { throw new IllegalStateException(path() + " has no GET"); }

    default Answer post(Request r) { throw new IllegalStateException(path() + " has no POST"); }

    default Answer put(Request r) { throw new IllegalStateException(path() + " has no PUT"); }

    default Answer delete(Request r) { throw new IllegalStateException(path() + " has no DELETE"); }
}
