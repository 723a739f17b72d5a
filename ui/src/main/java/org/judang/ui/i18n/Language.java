package org.judang.ui.i18n;

import java.util.Locale;

/** The languages the workstation speaks; Chinese on a Chinese system, English elsewhere, unless the user chose. */
public enum Language {
    CHINESE(Locale.SIMPLIFIED_CHINESE, "中文"), ENGLISH(Locale.ENGLISH, "English");

    private final Locale locale;
    private final String nativeName;

    Language(Locale locale, String nativeName) {
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public Locale locale() { return locale; }

    /** The language's name in itself, so that a user who cannot read the current one still finds theirs. */
    public String nativeName() { return nativeName; }

    public static Language forLocale(Locale l) {
        return "zh".equals(l.getLanguage()) ? CHINESE : ENGLISH;
    }
}
