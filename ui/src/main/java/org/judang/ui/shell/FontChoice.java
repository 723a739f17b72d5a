package org.judang.ui.shell;

import javafx.scene.text.Font;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The font for Chinese text. The stylesheet asks for Noto Sans CJK SC; where it is missing, the first installed of
 * the usual Simplified Chinese fonts is used instead (JavaFX CSS takes one family, not a fallback list).
 */
final class FontChoice {
    static final String PREFERRED = "Noto Sans CJK SC";
    private static final List<String> FALLBACKS = List.of("Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
            "Microsoft YaHei", "PingFang SC", "Droid Sans Fallback");

    private FontChoice() {}

    /** A family to put on the scene's root, or empty when the stylesheet's own choice is installed (or none is). */
    static Optional<String> override() {
        Set<String> installed = Set.copyOf(Font.getFamilies());
        if (installed.contains(PREFERRED)) return Optional.empty();
        return FALLBACKS.stream().filter(installed::contains).findFirst();
    }
}
