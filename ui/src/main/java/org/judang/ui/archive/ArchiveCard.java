package org.judang.ui.archive;

import org.judang.engine.CaseSession;
import org.judang.engine.archive.CoverAndName;
import org.judang.engine.archive.RealName;
import org.judang.engine.model.Archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An archive as a tile shows it: its basic information, the stored image key of its cover's crop (null when the
 * cover has no crop), the known person it is matched to (null when none) and, in a search by image, its similarity to
 * the capture searched with (null otherwise).
 */
public record ArchiveCard(Archive archive, String coverImage, RealName realName, Double similarity) {
    public ArchiveCard(Archive archive, String coverImage, RealName realName) {
        this(archive, coverImage, realName, null);
    }

    public ArchiveCard(Archive archive, String coverImage) {
        this(archive, coverImage, null, null);
    }

    /** The same card with its similarity to what was searched with. */
    public ArchiveCard withSimilarity(Double s) {
        return new ArchiveCard(archive, coverImage, realName, s);
    }

    /** The card of an archive as the case has it now: a query in the case, so never on the JavaFX thread. */
    public static ArchiveCard of(CaseSession session, Archive a) {
        return of(session, List.of(a)).get(0);
    }

    /** The cards of archives (a page of the grid, say), in their order, with one query for them all; not on the JavaFX thread. */
    public static List<ArchiveCard> of(CaseSession session, List<Archive> archives) {
        Map<String, CoverAndName> looks = session.coversAndNames(archives.stream().map(Archive::id).toList());
        List<ArchiveCard> out = new ArrayList<>(archives.size());
        for (Archive a : archives) {
            CoverAndName l = looks.get(a.id());
            out.add(l == null ? new ArchiveCard(a, null, null) : new ArchiveCard(a, l.coverImage(), l.realName()));
        }
        return out;
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
