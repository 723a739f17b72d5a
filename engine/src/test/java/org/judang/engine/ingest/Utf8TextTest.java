package org.judang.engine.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

class Utf8TextTest {

    private static long check(byte[] b) throws IOException {
        return Utf8Text.firstInvalidByte(new ByteArrayInputStream(b));
    }

    @Test
    void utf8WithChineseAndABomPasses() throws IOException {
        assertEquals(-1, check(("\uFEFF{\"Name\":\"张三\"}").getBytes(StandardCharsets.UTF_8)));
        assertEquals(-1, check(new byte[0]));
    }

    @Test
    void gbkIsFoundAtItsFirstByte() throws IOException {
        byte[] gbk = "{\"Name\":\"张三\"}".getBytes(Charset.forName("GBK"));
        assertEquals(9, check(gbk));
    }

    @Test
    void anInvalidByteFarIntoALargeFileIsFoundAtItsOffset() throws IOException {
        byte[] big = new byte[300_000];
        Arrays.fill(big, (byte) 'a');
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(euro, 0, big, 65_535, euro.length); // a character split across read buffers is fine
        big[200_001] = (byte) 0xC0;
        assertEquals(200_001, check(big));
    }

    @Test
    void aSequenceCutOffAtTheEndIsInvalid() throws IOException {
        byte[] cut = Arrays.copyOf("ab张".getBytes(StandardCharsets.UTF_8), 4);
        assertEquals(2, check(cut));
    }

    @Test
    void theByteOrderMarkIsSkipped() throws IOException {
        byte[] withBom = "\uFEFFabc".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals("abc".getBytes(StandardCharsets.UTF_8), Utf8Text.withoutByteOrderMark(new ByteArrayInputStream(withBom)).readAllBytes());
        assertArrayEquals("ab".getBytes(StandardCharsets.UTF_8),
                Utf8Text.withoutByteOrderMark(new ByteArrayInputStream("ab".getBytes(StandardCharsets.UTF_8))).readAllBytes());
    }
}
