package org.judang.app.http;

import org.judang.engine.export.ArchiveMessages;
import org.judang.engine.message.ArchiveListObject;
import org.judang.engine.message.ArchiveQueryResultObject;
import org.judang.engine.message.VehicleArchiveListObject;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ObjectType;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The two families of archive paths: person archives ({@code /VIID/Archives…}, B.3, which also carry the archives of
 * things and non-motor vehicles, as the export does) and vehicle archives ({@code /VIID/VehicleArchives…}, B.4).
 */
enum ArchiveFamily {
    PERSON(EnumSet.of(ArchiveKind.PERSON, ArchiveKind.OBJECT), "/VIID/Archives", "/VIID/ArchivesQuerySync", "/VIID/ArchiveSubjects",
            "/VIID/ArchiveSubjectQuerySync", "/VIID/ArchiveConfidence"),
    VEHICLE(EnumSet.of(ArchiveKind.VEHICLE), "/VIID/VehicleArchives", "/VIID/VehicleArchivesQuerySync", "/VIID/VehicleArchiveSubjects",
            "/VIID/VehicleArchiveSubjectQuerySync", "/VIID/VehicleArchiveConfidence");

    private final Set<ArchiveKind> kinds;
    private final String archivesPath;
    private final String queryPath;
    private final String subjectsPath;
    private final String subjectQueryPath;
    private final String confidencePath;

    ArchiveFamily(Set<ArchiveKind> kinds, String archivesPath, String queryPath, String subjectsPath, String subjectQueryPath, String confidencePath) {
        this.kinds = kinds;
        this.archivesPath = archivesPath;
        this.queryPath = queryPath;
        this.subjectsPath = subjectsPath;
        this.subjectQueryPath = subjectQueryPath;
        this.confidencePath = confidencePath;
    }

    Set<ArchiveKind> kinds() { return kinds; }

    String archivesPath() { return archivesPath; }

    String queryPath() { return queryPath; }

    String subjectsPath() { return subjectsPath; }

    String subjectQueryPath() { return subjectQueryPath; }

    String confidencePath() { return confidencePath; }

    boolean holds(Archive a) {
        return kinds.contains(a.kind());
    }

    boolean takes(ObjectType type) {
        return kinds.contains(type.archiveKind());
    }

    /** The message {@code {"ArchiveListObject":…}} or {@code {"VehicleArchiveListObject":…}} of these archives. */
    Object listBody(List<Archive> archives, ArchiveMessages messages) {
        return this == PERSON ? ArchiveListObject.body(archives.stream().map(messages::archive).toList())
                : VehicleArchiveListObject.body(archives.stream().map(messages::vehicleArchive).toList());
    }

    /** A page of a query's answer (A.9, A.11). */
    ArchiveQueryResultObject.Body result(String queryId, ArchivePage page, ArchiveMessages messages) {
        List<Archive> a = page.archives();
        return new ArchiveQueryResultObject.Body(new ArchiveQueryResultObject(queryId, page.start(), a.size(), page.total(),
                this == PERSON ? new ArchiveListObject(a.stream().map(messages::archive).toList()) : null,
                this == VEHICLE ? new VehicleArchiveListObject(a.stream().map(messages::vehicleArchive).toList()) : null));
    }

    /** Why an archive of the other family is not found here, and where it is. */
    String elsewhere(Archive a) {
        ArchiveFamily other = this == PERSON ? VEHICLE : PERSON;
        return "Archive " + a.id() + " is a " + a.kind().name().toLowerCase(java.util.Locale.ROOT) + " archive: find it under " + other.archivesPath() + ".";
    }
}
