package org.judang.app.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The interface's log of what went wrong inside it, {@code logs/http.log} in the case folder: the request and the
 * full stack trace, for whoever maintains the workstation. Clients only ever see a one-line status.
 */
final class ErrorLog {
    private final Path file;

    ErrorLog(Path logsFolder) {
        this.file = logsFolder.resolve("http.log");
    }

    Path file() { return file; }

    synchronized void write(String method, String url, Throwable problem) {
        StringWriter trace = new StringWriter();
        problem.printStackTrace(new PrintWriter(trace));
        String entry = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS) + " " + method + " " + url + "\n" + trace + "\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("judang serve: cannot write " + file + ": " + e.getMessage() + "; a request failed: " + problem);
        }
    }
}
