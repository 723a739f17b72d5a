package org.judang.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;

/**
 * One request as a resource sees it: its method, its URL (as status answers repeat it), its query parameters and,
 * read on demand, its body.
 */
final class Request {
    private final HttpExchange exchange;
    private final BodyReader reader;
    private final String url;
    private final QueryParams params;
    private JsonNode tree;

    Request(HttpExchange exchange, BodyReader reader, String url) {
        this.exchange = exchange;
        this.reader = reader;
        this.url = url;
        this.params = new QueryParams(exchange.getRequestURI().getRawQuery());
    }

    String method() { return exchange.getRequestMethod(); }

    /** The path and query as sent: the {@code RequestURL} of status answers. */
    String url() { return url; }

    QueryParams params() { return params; }

    /** Whether a body was sent (announced with a length above zero, or chunked). */
    boolean hasBody() {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) return !length.trim().equals("0");
        return exchange.getRequestHeaders().containsKey("Transfer-Encoding");
    }

    /** The body, as the message {@code {"key":{…}}} of {@code type}. */
    <T> T body(String key, Class<T> type) {
        return reader.convert(tree(), key, type);
    }

    /** The body as a JSON tree, read once. */
    JsonNode tree() {
        if (tree == null) tree = reader.readTree(exchange.getRequestBody());
        return tree;
    }
}
