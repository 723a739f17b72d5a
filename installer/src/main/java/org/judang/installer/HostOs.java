package org.judang.installer;

import java.util.Locale;

/** The operating systems jpackage builds for; each builds only its own packages. */
enum HostOs {
    LINUX, WINDOWS, MAC;

    static HostOs current() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) return WINDOWS;
        if (os.contains("mac")) return MAC;
        return LINUX;
    }
}
