package org.judang.ui.settings;

import org.judang.ui.SyntheticCase;
import org.judang.ui.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the workstation remembers between runs. */
class UserSettingsTest {
    private final Preferences node = Preferences.userRoot().node("org/judang/test/" + UUID.randomUUID());
    private final UserSettings settings = new UserSettings(node);

    @AfterEach
    void clean() throws Exception {
        node.removeNode();
    }

    @Test
    void recentCasesNewestFirstWithoutDuplicatesAndBounded() throws Exception {
        Path real = SyntheticCase.temp("judang-recent");
        Files.createFile(real.resolve("case.db"));
        for (int i = 0; i < 12; i++) settings.rememberCase(Path.of("/cases/c" + i));
        settings.rememberCase(Path.of("/cases/c5"));
        assertEquals(UserSettings.MAX_RECENT, settings.recentCases().size());
        assertEquals(Path.of("/cases/c5"), settings.recentCases().get(0));
        assertTrue(settings.lastCase().isEmpty(), "none of them exists");
        settings.rememberCase(real);
        assertEquals(real.toAbsolutePath().normalize(), settings.lastCase().orElseThrow());
        settings.forgetCase(real);
        assertTrue(settings.lastCase().isEmpty());
    }

    @Test
    void languageThemeAndTruthFileAreRemembered() throws Exception {
        settings.setLanguage(Language.CHINESE);
        settings.setTheme(Theme.DARK);
        Path truth = Files.createTempFile("truth", ".tsv");
        settings.setTruthFile(Path.of("/cases/x"), truth);
        UserSettings again = new UserSettings(node);
        assertEquals(Language.CHINESE, again.language());
        assertEquals(Theme.DARK, again.theme());
        assertEquals(truth.toAbsolutePath(), again.truthFile(Path.of("/cases/x")).orElseThrow());
        assertTrue(again.truthFile(Path.of("/cases/y")).isEmpty());
    }
}
