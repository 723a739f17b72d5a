package org.judang.ui.shell;

import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window's stylesheet in JavaFX's binary form, which JavaFX loads in place of the text when it lies beside it
 * (the build makes it from judang.css): it says what the text says.
 */
class BinaryStylesheetTest {

    @Test
    void theBinaryStylesheetHasTheRulesOfTheText() throws Exception {
        URL css = new URL(DesktopShell.STYLESHEET);
        URL bss = DesktopShell.class.getResource("/org/judang/ui/judang.bss");
        assertNotNull(bss, "judang.bss is made by the resources module's build");
        List<String> text = rules(new CssParser().parse(css));
        List<String> binary = rules(Stylesheet.loadBinary(bss));
        assertTrue(text.size() > 100, "the stylesheet was read: " + text.size() + " rules");
        assertEquals(text, binary);
    }

    private static List<String> rules(Stylesheet s) {
        return s.getRules().stream().map(BinaryStylesheetTest::describe).toList();
    }

    private static String describe(Rule r) {
        return r.getSelectors() + " " + r.getDeclarations().stream().map(d -> d.getProperty() + ": " + d.getParsedValue()).toList();
    }
}
