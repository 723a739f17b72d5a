package org.judang.ui.i18n;

import org.judang.engine.archive.ThresholdSource;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.CaseTime;
import org.judang.engine.model.FailurePhrase;
import org.judang.engine.model.ObjectType;
import org.judang.engine.model.Phrase;
import org.judang.engine.task.TaskKind;
import org.judang.engine.task.TaskState;
import org.judang.engine.task.TaskText;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The strings of the user's language, from {@code org/judang/i18n/messages_*.properties}. The bundle never falls
 * back to the system's language, so an English window on a Chinese system stays English. One instance serves the
 * whole window; switching the language switches it for every controller, and the shell rebuilds the views.
 */
public final class Messages {
    private static final String BUNDLE = "org.judang.i18n.messages";

    private volatile Language language;
    private volatile ResourceBundle bundle;
    private final DateTimeFormatter dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final DateTimeFormatter dateTimeSeconds = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public Messages(Language language) {
        switchTo(language);
    }

    public void switchTo(Language l) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, l.locale(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.language = l;
    }

    /** Every key of the bundle (the bundle test checks both languages have the same). */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }

    public Language language() { return language; }

    /** The string for a key; a missing key shows as itself so that it is found and fixed, never as a crash. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The string for a key with {@code {0}}, {@code {1}}… filled in (numbers grouped as the language does). */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), language.locale()).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String number(long n) {
        return NumberFormat.getIntegerInstance(language.locale()).format(n);
    }

    /** A case time (epoch seconds of case-local wall-clock time, see {@link CaseTime}) to the minute. */
    public String time(Long caseTime) {
        if (caseTime == null) return get("time.unknown");
        return LocalDateTime.ofEpochSecond(caseTime, 0, ZoneOffset.UTC).format(dateTime);
    }

    public String timeSeconds(Long caseTime) {
        if (caseTime == null) return get("time.unknown");
        return LocalDateTime.ofEpochSecond(caseTime, 0, ZoneOffset.UTC).format(dateTimeSeconds);
    }

    /** A duration in words: "2 min 5 s", "1 h 3 min"; negative (unknown) as a dash. */
    public String duration(double seconds) {
        if (seconds < 0 || Double.isNaN(seconds)) return "—";
        if (seconds < 0.5) return get("duration.underASecond");
        long s = Math.round(seconds);
        if (s < 60) return format("duration.seconds", s);
        if (s < 3600) return format("duration.minutes", s / 60, s % 60);
        return format("duration.hours", s / 3600, (s % 3600) / 60);
    }

    public String name(ObjectType t) { return get("objectType." + t.name()); }

    public String name(ArchiveKind k) { return get("archiveKind." + k.name()); }

    public String name(ArchiveStatus s) { return get("archiveStatus." + s.name()); }

    public String name(TaskState s) { return get("taskState." + s.name()); }

    public String name(TaskKind k) { return get("taskKind." + k.name()); }

    /**
     * A task's name, stage or outcome in this language: its phrase from the bundle, else the engine's English text (a
     * failure the engine has no phrase for, a phrase this version has no words for).
     */
    public String text(TaskText t) {
        if (t == null) return null;
        return phrase(t.phrase(), t.args(), t.text());
    }

    /**
     * A phrase of the engine in this language: {@code taskPhrase.NAME} for a task's, {@code failure.NAME} for a
     * failure's; {@code english} when there is no phrase or the bundle has no words for it. An argument is given to
     * the pattern as a number where the pattern formats it as one ({@code {0,number,integer}}), a word of the engine's
     * (an archive kind, a field) as {@code phraseArg.WORD} says it, else as text.
     */
    public String phrase(Phrase phrase, List<String> args, String english) {
        String key = phrase == null ? null : (phrase instanceof FailurePhrase ? "failure." : "taskPhrase.") + phrase.name();
        if (key == null || !has(key)) return english;
        MessageFormat f = new MessageFormat(get(key), language.locale());
        Format[] formats = f.getFormatsByArgumentIndex();
        Object[] values = args.toArray();
        for (int i = 0; i < values.length; i++) {
            if (i < formats.length && formats[i] instanceof NumberFormat) {
                try {
                    values[i] = Long.valueOf(args.get(i));
                } catch (NumberFormatException e) {
                    return english;
                }
            } else if (args.get(i) != null && has("phraseArg." + args.get(i))) {
                // a word of the engine's (an archive kind, a field of an archive) in this language
                values[i] = get("phraseArg." + args.get(i));
            }
        }
        return f.format(values);
    }

    public String name(ThresholdSource s) { return get("thresholdSource." + s.name()); }
}
