package org.judang.engine.ingest;

import org.judang.engine.CaseSession;
import org.judang.engine.Workstation;
import org.judang.engine.model.ObjectType;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.vector.Vectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An export package with problems: what is sound is imported, the rest is reported where it is; a broken file imports nothing. */
class ArchivePackageProblemsTest {
    private static final String P1 = "330203000011900000010100000000000000000000000001";
    private static final String P2 = "330203000011900000010100000000000000000000000002";
    private static final String P3 = "330203000011900000010100000000000000000000000003";
    private static final String P4 = "330203000011900000010100000000000000000000000004";

    @TempDir Path tmp;

    @Test
    void soundArchivesAndMembersAreImportedAndEveryProblemIsNamed() throws Exception {
        Path pkg = write("pkg", "{'ArchiveListObject':{'ArchiveObject':[" + body(P1) + "," + body(P2) + "," + body(P3) + "]}}",
                "{'ArchiveSubjectListObject':{'ArchiveSubjectObject':["
                        + "{'ArchiveID':'" + P1 + "','FaceIDList':['F1','F2','F3'],'FaceObjectList':{'FaceObject':[" + face("F1", 0.6f, 0.8f) + "," + face("F2", 0f, 0f) + "]}},"
                        + "{'ArchiveID':'" + P2 + "','MotorVehicleIDList':['M1'],'MotorVehicleObjectList':{'MotorVehicleObject':[{'MotorVehicleID':'M1','PlateNo':'浙B12345'}]}},"
                        + "{'ArchiveID':'" + P4 + "','FaceIDList':['F4'],'FaceObjectList':{'FaceObject':[" + face("F4", 1f, 0f) + "]}}"
                        + "]}}");
        try (CaseSession s = Workstation.createCase(tmp.resolve("case"), "Problems")) {
            ArchiveImportReport r = s.importArchives(pkg, ProgressListener.NONE, CancellationToken.none());

            assertEquals(1, r.totalImported(), r.formatText());
            assertEquals(3, r.totalRejected(), r.formatText());
            assertEquals(List.of("F1"), s.members(P1).stream().map(m -> m.id()).toList());
            assertEquals(0.75, s.archive(P1).orElseThrow().confidence(), "the body's own figures are kept");
            assertTrue(s.archive(P2).isEmpty());
            assertEquals(1, r.records().counts(ObjectType.FACE).imported());
            assertEquals(3, r.records().counts(ObjectType.FACE).rejected(), "F2 (zero feature), F3 (no object) and F4 (details without a body)");

            List<String> errors = r.records().issues(ImportIssue.Severity.ERROR).stream().map(i -> i.where() + ": " + i.message()).toList();
            assertEquals(List.of(
                    "ArchiveSubjects.json #1 [F2]: the feature in sub-image 1 is all zeros, so it matches nothing; the record was not imported.",
                    "ArchiveSubjects.json #1 [F3]: record F3 is listed in FaceIDList of archive " + P1 + " but its FaceObject is not in the package; "
                            + "it was not imported. Export with full detail.",
                    "ArchiveSubjects.json #2 [M1]: a MotorVehicleObject cannot be a member of person archive " + P2 + "; it was not imported.",
                    "ArchiveSubjects.json #2 [" + P2 + "]: archive " + P2 + " has no member that could be imported; it was not imported.",
                    "ArchiveSubjects.json #3 [" + P4 + "]: archive " + P4 + " has details but no body in Archives.json or VehicleArchives.json; "
                            + "it was not imported.",
                    "Archives.json #3 [" + P3 + "]: archive " + P3 + " has no details in ArchiveSubjects.json, so it has no members; it was not imported."),
                    errors);
            assertNull(s.record("F4").orElse(null), "details without a body bring no records");
        }
    }

    @Test
    void aCutOffFileImportsNothingAndSaysWhere() throws Exception {
        String subjects = "{'ArchiveSubjectListObject':{'ArchiveSubjectObject':[{'ArchiveID':'" + P1 + "','FaceObjectList':{'FaceObject':["
                + face("F1", 0.6f, 0.8f) + "]}},{'ArchiveID':'" + P2 + "','FaceObjectList':{'FaceObject':[{'FaceID':'F";
        Path pkg = write("cut", "{'ArchiveListObject':{'ArchiveObject':[" + body(P1) + "," + body(P2) + "]}}", subjects);
        try (CaseSession s = Workstation.createCase(tmp.resolve("case"), "Cut")) {
            var e = assertThrows(BatchUnreadableException.class, () -> s.importArchives(pkg, ProgressListener.NONE, CancellationToken.none()));

            assertEquals("ArchiveSubjects.json is cut off: it ends in the middle of a value at line 1, column " + (subjects.length() + 1)
                    + "; nothing was imported. Export the package again, or copy it again if it was cut short.", e.getMessage());
            assertEquals(0, s.overview().records());
            assertEquals(0, s.overview().archives());
        }
    }

    @Test
    void aDeltaOrAFolderOfSomethingElseIsRefused() throws Exception {
        Path delta = Files.createDirectories(tmp.resolve("delta"));
        Files.writeString(delta.resolve("Notifications.json"), "{\"SubscribeNotificationListObject\":{\"SubscribeNotificationObject\":[]}}");
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("faces.json"), "{\"FaceListObject\":{\"FaceObject\":[]}}");
        try (CaseSession s = Workstation.createCase(tmp.resolve("case"), "Refusals")) {
            var d = assertThrows(BatchUnreadableException.class, () -> s.importArchives(delta, ProgressListener.NONE, CancellationToken.none()));
            var o = assertThrows(BatchUnreadableException.class, () -> s.importArchives(other, ProgressListener.NONE, CancellationToken.none()));

            assertTrue(d.getMessage().endsWith("is a delta export (Notifications.json): it holds only what changed since an earlier export. "
                    + "Import the full export instead."), d.getMessage());
            assertTrue(o.getMessage().endsWith("is not a full archive export: it has no ArchiveSubjects.json. Give the folder or .zip that "
                    + "'judang export' (or an archive library) wrote."), o.getMessage());
        }
    }

    // ---- a package written by hand

    private Path write(String name, String archives, String subjects) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("Archives.json"), archives.replace('\'', '"'));
        Files.writeString(dir.resolve("VehicleArchives.json"), "{\"VehicleArchiveListObject\":{\"VehicleArchiveObject\":[]}}");
        Files.writeString(dir.resolve("ArchiveSubjects.json"), subjects.replace('\'', '"'));
        return dir;
    }

    private static String body(String id) {
        return "{'ArchiveID':'" + id + "','ArchiveLibraryID':'33020300001190000001','CreateTime':'20251103101515','UpdateTime':'20251104090000',"
                + "'Similaritydegree':0.9,'Confidence':0.75}";
    }

    private static String face(String id, float... feature) {
        String data = Base64.getEncoder().encodeToString(Vectors.toBytes(feature));
        return "{'FaceID':'" + id + "','DeviceID':'33020300001190000001','FaceAppearTime':'20251103101515','SubImageList':{'SubImageInfoObject':"
                + "[{'ImageID':'IMG-" + id + "','Type':'11','FeatureInfoObject':{'Vendor':'VendorA','AlgorithmVersion':'face-3.2','FeatureData':'" + data + "'}}]}}";
    }
}
