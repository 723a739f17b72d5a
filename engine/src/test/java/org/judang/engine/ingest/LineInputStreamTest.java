package org.judang.engine.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class LineInputStreamTest {

    private static List<String> lines(String text, int readPerLine) throws IOException {
        LineInputStream in = new LineInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        List<String> out = new ArrayList<>();
        while (in.nextLine()) {
            byte[] b = readPerLine < 0 ? in.readAllBytes() : in.readNBytes(readPerLine);
            out.add(new String(b, StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void eachLineIsAStreamOfItsOwn() throws IOException {
        assertEquals(List.of("first", "", "第三", "last"), lines("first\n\n第三\nlast", -1));
        assertEquals(List.of("a\r", "b"), lines("a\r\nb\n", -1), "a carriage return is left to the JSON parser, which skips it");
    }

    @Test
    void whatALineReaderLeavesIsSkipped() throws IOException {
        assertEquals(List.of("abc", "xyz"), lines("abcdefgh\nxyz\n", 3));
    }

    @Test
    void singleByteReadsStopAtTheNewline() throws IOException {
        LineInputStream in = new LineInputStream(new ByteArrayInputStream("ab\nc".getBytes(StandardCharsets.UTF_8)));
        assertTrue(in.nextLine());
        assertEquals('a', in.read());
        assertEquals('b', in.read());
        assertEquals(-1, in.read());
        assertTrue(in.nextLine());
        assertEquals('c', in.read());
        assertEquals(-1, in.read());
        assertFalse(in.nextLine());
    }

    @Test
    void linesLongerThanTheBufferAreWhole() throws IOException {
        String longLine = "x".repeat(200_000);
        assertEquals(List.of(longLine, "y"), lines(longLine + "\ny", -1));
    }

    @Test
    void readsFromASlowSourceAreJoined() throws IOException {
        InputStream trickle = new InputStream() {
            private final byte[] data = "one\ntwo\n".getBytes(StandardCharsets.UTF_8);
            private int pos;
            @Override public int read() {
                return pos < data.length ? data[pos++] : -1;
            }
            @Override public int read(byte[] b, int off, int len) {
                if (pos >= data.length) return -1;
                b[off] = data[pos++];
                return 1;
            }
        };
        LineInputStream in = new LineInputStream(trickle);
        List<String> out = new ArrayList<>();
        while (in.nextLine()) out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(List.of("one", "two"), out);
    }
}
