package org.judang.app.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** A request written byte by byte on a socket, for what java.net.http will not send (another Host header). */
final class RawHttp {
    private RawHttp() {}

    static Client.Reply send(URI base, String request) {
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            return parse(s.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTTP/1.1 answer read to the end of the connection. */
    static Client.Reply parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        String head = text.substring(0, split);
        int status = Integer.parseInt(head.split(" ")[1]);
        String type = head.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")).map(l -> l.substring(13).trim())
                .findFirst().orElse("");
        return new Client.Reply(status, Client.JSON.readTree(text.substring(split + 4)), type, null);
    }
}
