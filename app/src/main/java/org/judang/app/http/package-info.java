/**
 * The local HTTP interface of GA/T 2350.5 Appendix A (as {@code shared/spec/message-bodies.md} reads it), served with
 * the JDK's own {@code com.sun.net.httpserver} on the loopback address only.
 * <p>{@link org.judang.app.http.LocalInterface} starts and stops the server; {@link org.judang.app.http.Router} checks
 * each request (host, origin, method) and hands it to the resource of its path, one class per resource
 * ({@code …Resource}); {@link org.judang.app.http.BodyReader} reads bodies under a size limit and Jackson's read
 * constraints; {@link org.judang.app.http.InterfaceException} carries a refusal as a GA/T 1400 status, and the router
 * answers anything unexpected with StatusCode 1 after logging it to the case's {@code logs/http.log} — no stack trace
 * reaches a client. Everything goes through the engine's {@code CaseSession}, writes through its {@code Corrections}
 * like the window's, so they share undo and the audit log.
 */
package org.judang.app.http;
