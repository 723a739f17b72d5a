package org.judang.ui.settings;

import org.judang.ui.i18n.Language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The user's remembered choices, in {@link Preferences} (per user, outside any case): recent cases (newest first),
 * language, theme, and the truth file used for quality figures of a case.
 */
public final class UserSettings {
    public static final int MAX_RECENT = 10;

    private final Preferences node;

    public UserSettings(Preferences node) {
        this.node = node;
    }

    /** The settings of the person running the workstation. */
    public static UserSettings forUser() {
        return new UserSettings(Preferences.userRoot().node("org/judang/workstation"));
    }

    public List<Path> recentCases() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = node.get("recent." + i, null);
            if (p != null) out.add(Path.of(p));
        }
        return out;
    }

    /** Puts a case first in the recent list. */
    /**
     * Puts the case first in the recent list. Written to disk in the background: the window opens a case on the
     * JavaFX thread, and the first write of the preferences file (its XML code loaded and run cold) is 0.1 s there.
     */
    public void rememberCase(Path folder) {
        List<Path> list = new ArrayList<>(recentCases());
        Path abs = folder.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        putRecent(list);
        java.util.concurrent.CompletableFuture.runAsync(this::flush);
    }

    public void forgetCase(Path folder) {
        List<Path> list = new ArrayList<>(recentCases());
        list.remove(folder.toAbsolutePath().normalize());
        writeRecent(list);
    }

    /** The case opened last, when it still exists. */
    public Optional<Path> lastCase() {
        return recentCases().stream().filter(p -> Files.isRegularFile(p.resolve("case.db"))).findFirst();
    }

    private void writeRecent(List<Path> list) {
        putRecent(list);
        flush();
    }

    private void putRecent(List<Path> list) {
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) node.put("recent." + i, list.get(i).toString());
            else node.remove("recent." + i);
        }
    }

    public Language language() {
        String v = node.get("language", null);
        if (v == null) return Language.forLocale(Locale.getDefault());
        try {
            return Language.valueOf(v);
        } catch (IllegalArgumentException e) {
            return Language.forLocale(Locale.getDefault());
        }
    }

    public void setLanguage(Language l) {
        node.put("language", l.name());
        flush();
    }

    public Theme theme() {
        try {
            return Theme.valueOf(node.get("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    public void setTheme(Theme t) {
        node.put("theme", t.name());
        flush();
    }

    /** The truth file (labels) last used for a case's quality figures. */
    public Optional<Path> truthFile(Path caseFolder) {
        String v = node.node("truth").get(key(caseFolder), null);
        return v == null ? Optional.empty() : Optional.of(Path.of(v)).filter(Files::isRegularFile);
    }

    public void setTruthFile(Path caseFolder, Path truth) {
        node.node("truth").put(key(caseFolder), truth.toAbsolutePath().normalize().toString());
        flush();
    }

    /** Preference keys are limited to 80 characters; a hash of the path is short and stable. */
    private static String key(Path caseFolder) {
        return Integer.toHexString(caseFolder.toAbsolutePath().normalize().toString().hashCode());
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // preferences that cannot be saved (or whose node was removed meanwhile) are only lost for the next run
        }
    }
}
