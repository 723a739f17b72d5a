package org.judang.engine;

import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.export.ExportOptions;
import org.judang.engine.export.ImageMode;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.Camera;
import org.judang.engine.model.GeoRect;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.synth.GeneratorSettings;
import org.judang.engine.synth.SyntheticBatchGenerator;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The per-archive camera table the camera, area and place filters read stays what the records say after every kind
 * of write: clustering, merge, split, move, undo, redo, a new batch, re-clustering, and an import of archives.
 */
class ArchiveCamerasTest {
    @TempDir Path tmp;

    static final GeneratorSettings FIRST = GeneratorSettings.defaults().withIdentities(30).withVehicles(6).withRecords(300).withDimension(32)
            .withGalleryPersons(0).withCameras(4).withDays(1).withSeed(11);

    @Test
    void everyWriteKeepsArchiveCamerasRight() {
        try (CaseSession s = Workstation.createCase(tmp.resolve("A"), "cams")) {
            importAndCluster(s, FIRST, "first", ClusterOptions.defaults());
            check(s, "clustering");

            List<Archive> persons = s.archives(ArchiveFilter.all().withKind(ArchiveKind.PERSON).withMinSize(3), 0, 10);
            Archive a = persons.get(0), b = persons.get(1), c = persons.get(2);
            s.corrections().merge(List.of(a.id(), b.id()), a.id());
            check(s, "merge");
            s.corrections().undo().orElseThrow();
            check(s, "undo of a merge");
            s.corrections().redo().orElseThrow();
            check(s, "redo of a merge");

            List<ObjectRecord> members = s.members(a.id());
            s.corrections().split(List.of(members.get(0).id(), members.get(1).id()));
            check(s, "split");
            s.corrections().undo().orElseThrow();
            check(s, "undo of a split");
            s.corrections().redo().orElseThrow();
            check(s, "redo of a split");

            s.corrections().move(List.of(s.members(c.id()).get(0).id()), a.id());
            check(s, "move");
            s.corrections().undo().orElseThrow();
            check(s, "undo of a move");

            importAndCluster(s, FIRST.withRecords(200).withFirstDay(2).withSeed(12), "second", ClusterOptions.defaults());
            check(s, "a new batch clustered");
            s.cluster(ClusterOptions.defaults().withEverything(true), ProgressListener.NONE, CancellationToken.none());
            check(s, "re-clustering");

            Path export = tmp.resolve("A-export");
            s.export(export, new ExportOptions(ImageMode.FILES, false), ProgressListener.NONE, CancellationToken.none());
            try (CaseSession other = Workstation.createCase(tmp.resolve("B"), "imported")) {
                other.importArchives(export, ProgressListener.NONE, CancellationToken.none());
                check(other, "an import of archives");
            }
        }
    }

    private void importAndCluster(CaseSession s, GeneratorSettings settings, String name, ClusterOptions options) {
        var batch = new SyntheticBatchGenerator(settings).write(tmp.resolve(name));
        s.importBatch(batch.captures(), ProgressListener.NONE, CancellationToken.none());
        s.cluster(options, ProgressListener.NONE, CancellationToken.none());
    }

    /** The table against the records, and each camera's and area's filter against a scan of the records. */
    private static void check(CaseSession s, String after) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + s.folder().resolve("case.db"))) {
            assertEquals(rows(c, "SELECT device_id, archive_id, count(*) FROM records WHERE archive_id IS NOT NULL AND device_id IS NOT NULL "
                    + "GROUP BY 1, 2 ORDER BY 1, 2", null), rows(c, "SELECT camera_id, archive_id, records FROM archive_cameras ORDER BY 1, 2", null), after);
            List<String> devices = rows(c, "SELECT DISTINCT device_id FROM records WHERE device_id IS NOT NULL ORDER BY 1", null);
            assertFalse(devices.isEmpty(), after);
            for (String device : devices) {
                Set<String> scanned = new TreeSet<>(rows(c, "SELECT DISTINCT a.id FROM archives a JOIN records r ON r.archive_id = a.id "
                        + "WHERE r.device_id = ? AND a.status <> 'HIDDEN'", device));
                assertEquals(scanned, ids(s.archives(ArchiveFilter.all().withDevice(device), ArchiveOrder.BY_ID, 0, 100_000)), after + ", " + device);
                assertEquals(scanned.size(), s.countArchives(ArchiveFilter.all().withDevice(device)), after);
            }
            for (Camera cam : s.cameras()) {
                Set<String> scanned = new TreeSet<>(rows(c, "SELECT DISTINCT a.id FROM archives a JOIN records r ON r.archive_id = a.id "
                        + "WHERE r.device_id = ? AND a.status <> 'HIDDEN'", cam.apeId()));
                GeoRect around = new GeoRect(cam.longitude() - 1e-6, cam.latitude() + 1e-6, cam.longitude() + 1e-6, cam.latitude() - 1e-6);
                assertEquals(scanned, ids(s.archives(ArchiveFilter.all().withArea(around), ArchiveOrder.BY_ID, 0, 100_000)), after + ", area");
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> ids(List<Archive> archives) {
        Set<String> out = new TreeSet<>();
        archives.forEach(a -> out.add(a.id()));
        return out;
    }

    private static List<String> rows(Connection c, String sql, String param) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= n; i++) row.append(i > 1 ? " " : "").append(rs.getString(i));
                    out.add(row.toString());
                }
            }
        }
        return out;
    }
}
