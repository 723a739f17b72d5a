package org.judang.ui.settings;

/** The two looks of the one stylesheet; the dark one is a style class on the scene's root. */
public enum Theme {
    LIGHT, DARK;

    /** The root style class that selects the theme's colours in {@code judang.css}. */
    public String styleClass() {
        return "theme-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
