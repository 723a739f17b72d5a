package org.judang.engine.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.*;

class RelativePathTest {

    @Test
    void plainRelativePathsAreNormalised() {
        assertEquals("images/cam01/1.jpg", RelativePath.parse("images/cam01/1.jpg").value());
        assertEquals("images/cam01/1.jpg", RelativePath.parse("./images\\cam01//1.jpg").value());
        assertFalse(RelativePath.parse("images/1.jpg").refused());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x.jpg", "a/../../x.jpg", "a\\..\\x.jpg", "/etc/passwd", "\\\\server\\share\\x.jpg", "C:\\x.jpg", "c:x.jpg",
            "http://host/x.jpg", "file:x.jpg", "ftp://h/x", "", "  ", "./"})
    void pathsThatCouldLeaveTheBatchAreRefused(String path) {
        RelativePath p = RelativePath.parse(path);
        assertTrue(p.refused(), path);
        assertNull(p.value());
        assertNotNull(p.problem());
    }

    @Test
    void theReasonSaysWhy() {
        assertEquals("climbs out of the batch with '..'", RelativePath.parse("../x").problem());
        assertEquals("is an absolute path", RelativePath.parse("/x").problem());
        assertEquals("is a URL, not a path inside the batch", RelativePath.parse("https://x/y").problem());
    }
}
