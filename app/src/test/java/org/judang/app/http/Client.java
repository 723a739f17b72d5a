package org.judang.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A real HTTP client on the interface, as another program would use it. */
final class Client {
    static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: its HTTP status, its body as JSON, its content type. */
    record Reply(int status, JsonNode body, String contentType, HttpResponse<byte[]> raw) {
        /** The single status of a refusal, or the first of a status list. */
        JsonNode status0() {
            return body.path("ResponseStatusListObject").path("ResponseStatusObject").path(0);
        }

        String code() {
            return status0().path("StatusCode").asText();
        }

        JsonNode statuses() {
            return body.path("ResponseStatusListObject").path("ResponseStatusObject");
        }
    }

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Client(URI base) {
        this.base = base;
    }

    URI base() { return base; }

    Reply get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    Reply delete(String pathAndQuery) {
        return send(request(pathAndQuery).DELETE().build());
    }

    Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/VIID+JSON").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/VIID+JSON").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Reply post(String path, byte[] body) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(60));
    }

    Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String text = new String(r.body(), StandardCharsets.UTF_8);
            return new Reply(r.statusCode(), text.isEmpty() ? JSON.nullNode() : JSON.readTree(text), r.headers().firstValue("Content-Type").orElse(""), r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
