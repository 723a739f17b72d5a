package org.judang.engine.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.*;

class PlateNumberTest {

    @ParameterizedTest
    @CsvSource({"浙B12345,浙B12345", "' 浙b 12345 ',浙B12345", "浙B·12345,浙B12345", "浙B-12345,浙B12345", "粤AD12345,粤AD12345"})
    void platesAreNormalised(String sent, String stored) {
        assertEquals(stored, PlateNumber.normalize(sent));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "无牌", "无车牌", "未识别", "unknown", "UNKNOWN", "-", "0000000", "浙B1?345", "00-000"})
    void unreadablePlatesAreNone(String sent) {
        assertNull(PlateNumber.normalize(sent));
    }
}
