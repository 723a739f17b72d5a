package org.judang.ui.archive;

import org.judang.engine.CaseSession;
import org.judang.engine.archive.RealName;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.model.Archive;

/**
 * An archive as a tile shows it: its basic information, the stored image key of its cover's crop (null when the
 * cover has no crop) and the known person it is matched to (null when none).
 */
public record ArchiveCard(Archive archive, String coverImage, RealName realName) {
    public ArchiveCard(Archive archive, String coverImage) {
        this(archive, coverImage, null);
    }

    /** The card of an archive as the case has it now: two look-ups in the case, so never on the JavaFX thread. */
    public static ArchiveCard of(CaseSession session, Archive a) {
        String crop = a.coverRecordId() == null ? null : session.record(a.coverRecordId()).map(ObjectRecord::cropImage).orElse(null);
        return new ArchiveCard(a, crop, session.realName(a.id()).orElse(null));
    }

    public String id() {
        return archive.id();
    }

    /** What a person calls the archive: its name, else its plate, else the end of its ID (the start is the library's). */
    public String title() {
        if (archive.name() != null && !archive.name().isBlank()) return archive.name();
        if (realName != null && realName.name() != null && !realName.name().isBlank()) return realName.name();
        if (archive.plate() != null && !archive.plate().isBlank()) return archive.plate();
        return shortId(archive.id());
    }

    /** The last digits of an archive ID: the part that differs between archives of one case. */
    public static String shortId(String id) {
        return id.length() <= 10 ? id : "…" + id.substring(id.length() - 10);
    }
}
