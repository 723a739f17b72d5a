package org.judang.engine.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Batch text is UTF-8, with or without a byte-order mark. Files written in GBK (common on Chinese systems) would
 * otherwise be read as garbled names and addresses without any error, so a file is checked in one streaming pass
 * before a record of it is read.
 */
final class Utf8Text {
    private Utf8Text() {}

    /** The stream without a leading UTF-8 byte-order mark. */
    static InputStream withoutByteOrderMark(InputStream in) throws IOException {
        PushbackInputStream p = new PushbackInputStream(in, 3);
        byte[] head = new byte[3];
        int n = p.readNBytes(head, 0, 3);
        boolean bom = n == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
        if (!bom && n > 0) p.unread(head, 0, n);
        return p;
    }

    /** The offset of the first byte that is not valid UTF-8, or -1 when the whole stream is UTF-8. */
    static long firstInvalidByte(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long discarded = 0; // stream offset of bytes[0]
        boolean eof = false;
        bytes.flip();
        while (true) {
            discarded += bytes.position();
            bytes.compact();
            if (!eof) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) eof = true;
                else bytes.position(bytes.position() + n);
            }
            bytes.flip();
            CoderResult r;
            do {
                chars.clear();
                r = decoder.decode(bytes, chars, eof);
                if (r.isError()) return discarded + bytes.position();
            } while (r.isOverflow());
            if (eof) return -1;
        }
    }
}
