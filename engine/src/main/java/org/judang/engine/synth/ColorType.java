package org.judang.engine.synth;

/**
 * Colours of clothes, vehicles and plates, with the GA/T 1400.3 {@code ColorType} codes written in
 * {@code CoatColor}, {@code TrousersColor}, {@code VehicleColor} and {@code PlateColor}, and the RGB the crops are
 * painted in.
 */
enum ColorType {
    BLACK("1", 0x2A2A2E),
    WHITE("2", 0xECECEA),
    GREY("3", 0x8C8F94),
    RED("4", 0xC23A32),
    BLUE("5", 0x2F5DB8),
    YELLOW("6", 0xE8C234),
    ORANGE("7", 0xE8862A),
    BROWN("8", 0x7A5230),
    GREEN("9", 0x3F9A4E),
    PURPLE("10", 0x7E4A9E),
    CYAN("11", 0x2FA6B8),
    PINK("12", 0xE89AB8);

    private final String code;
    private final int rgb;

    ColorType(String code, int rgb) {
        this.code = code;
        this.rgb = rgb;
    }

    String code() { return code; }
    int rgb() { return rgb; }
}
