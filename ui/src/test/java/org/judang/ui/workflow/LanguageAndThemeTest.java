package org.judang.ui.workflow;

import org.judang.ui.SyntheticCase;
import org.judang.ui.WorkstationUiTest;
import org.judang.ui.i18n.Language;
import org.judang.ui.settings.Theme;
import org.judang.ui.shell.CaseWorkspace;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings switch the whole window to Chinese and the dark theme at once, keeping the work, and remember it. */
class LanguageAndThemeTest extends WorkstationUiTest {

    @Test
    void switchToChineseAndDark() {
        CaseWorkspace ws = openCase(SyntheticCase.clustered());
        onFx(() -> {
            ws.grid().model().select(3);
            return null;
        });
        assertEquals("Archives", text("#nav-archives"));
        clickOn("View");
        clickOn("Settings…");
        clickOn("#language-chinese");
        clickOn("#theme-dark");
        clickOn("#settings-apply");
        until("the window speaks Chinese", () -> "档案".equals(text("#nav-archives")));
        assertTrue(onFx(() -> shell.stage().getScene().getRoot().getStyleClass().contains("theme-dark")));
        assertEquals(3, onFx(() -> ws.grid().model().selectedIndexProperty().get()), "the selection survives the switch");
        assertTrue(text("#archive-count").startsWith("共 "));
        assertEquals(Language.CHINESE, shell.settings().language());
        assertEquals(Theme.DARK, shell.settings().theme());
    }
}
