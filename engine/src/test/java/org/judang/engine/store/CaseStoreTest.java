package org.judang.engine.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class CaseStoreTest {
    @TempDir Path tmp;

    @Test
    void aNewCaseHasTheCurrentSchemaAndItsFolders() {
        Path dir = tmp.resolve("case");
        try (CaseStore s = CaseStore.create(dir, "Harbour")) {
            assertEquals(CaseDatabase.SCHEMA_VERSION, s.db().schemaVersion());
            assertEquals("Harbour", s.name());
            assertEquals(20, s.libraryId().length());
            assertTrue(s.libraryId().chars().allMatch(Character::isDigit));
        }
        for (String sub : new String[]{"case.db", "vectors", "images", "exports", "logs"}) assertTrue(Files.exists(dir.resolve(sub)), sub);
        try (CaseStore s = CaseStore.open(dir)) {
            assertEquals("Harbour", s.name());
        }
    }

    @Test
    void aCaseIsNotCreatedInAFolderThatHoldsSomething() throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        CaseFormatException e = assertThrows(CaseFormatException.class, () -> CaseStore.create(tmp, "x"));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals("mine", Files.readString(tmp.resolve("notes.txt")));
    }

    @Test
    void openingAFolderWithoutACaseSaysSo() {
        CaseFormatException e = assertThrows(CaseFormatException.class, () -> CaseStore.open(tmp));
        assertTrue(e.getMessage().contains("No case at"), e.getMessage());
    }

    @Test
    void aVersion1CaseIsMigratedWithItsDataIntact() throws Exception {
        Path dir = tmp.resolve("old");
        CaseFolder folder = CaseFolder.createAt(dir);
        try (CaseDatabase db = CaseDatabase.open(folder.database(), 1)) {
            assertEquals(1, db.schemaVersion());
            db.inTransaction(c -> {
                CaseInfo.put(c, CaseInfo.NAME, "Old case");
                CaseInfo.put(c, CaseInfo.LIBRARY_ID, "12345678901234567890");
                long seq = Batches.insert(c, "b1", "fp", "Captures", null, "/x", 1);
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO records(id, object_type, content_hash, raw, batch_seq) VALUES ('r1','FACE','h','{}'," + seq + ")");
                }
                return null;
            });
        }
        try (CaseStore s = CaseStore.open(dir)) {
            assertEquals(CaseDatabase.SCHEMA_VERSION, s.db().schemaVersion());
            assertEquals("Old case", s.name());
            assertEquals(1, (long) s.db().read(Records::count));
            // the version-2 additions are usable
            s.db().inTransaction(c -> {
                var space = FeatureSpaces.findOrCreate(c, org.judang.engine.model.ObjectType.FACE, "V", "a", 4);
                FeatureSpaces.setThreshold(c, space.id(), 0.42, "test", 1);
                assertEquals(0.42, FeatureSpaces.threshold(c, space.id()).orElseThrow());
                return null;
            });
        }
    }

    @Test
    void aVersion4CaseGetsItsArchiveCamerasFromItsRecords() throws Exception {
        Path dir = tmp.resolve("v4");
        CaseFolder folder = CaseFolder.createAt(dir);
        try (CaseDatabase db = CaseDatabase.open(folder.database(), 4)) {
            db.inTransaction(c -> {
                CaseInfo.put(c, CaseInfo.NAME, "V4 case");
                CaseInfo.put(c, CaseInfo.LIBRARY_ID, "12345678901234567890");
                long seq = Batches.insert(c, "b1", "fp", "Captures", null, "/x", 1);
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO archives(id, kind, primary_type, create_time, update_time) VALUES ('A','PERSON','FACE',1,1), ('B','PERSON','FACE',1,1)");
                    st.execute("INSERT INTO records(id, object_type, device_id, content_hash, raw, batch_seq, archive_id) VALUES "
                            + "('r1','FACE','C1','h','{}'," + seq + ",'A'), ('r2','FACE','C1','h','{}'," + seq + ",'A'), "
                            + "('r3','FACE','C2','h','{}'," + seq + ",'A'), ('r4','FACE','C2','h','{}'," + seq + ",'B'), "
                            + "('r5','FACE',NULL,'h','{}'," + seq + ",'B'), ('r6','FACE','C3','h','{}'," + seq + ",NULL)");
                }
                return null;
            });
        }
        try (CaseStore s = CaseStore.open(dir)) {
            assertEquals(CaseDatabase.SCHEMA_VERSION, s.db().schemaVersion());
            assertEquals(List.of("C1 A 2", "C2 A 1", "C2 B 1"), archiveCameras(s));
            // from now on the triggers keep it
            s.db().inTransaction(c -> {
                Records.assign(c, List.of("r6", "r1"), "B");
                return null;
            });
            assertEquals(List.of("C1 A 1", "C1 B 1", "C2 A 1", "C2 B 1", "C3 B 1"), archiveCameras(s));
            s.db().inTransaction(c -> {
                Archives.delete(c, "A");
                return null;
            });
            assertEquals(List.of("C1 B 1", "C2 B 1", "C3 B 1"), archiveCameras(s));
        }
    }

    /** Stored objects whose SourceID SQLite reads differently, and what it reads: a string or number, else nothing. */
    private static final Map<String, String> SOURCE_IDS = new LinkedHashMap<>();
    static {
        SOURCE_IDS.put("{\"FaceID\":\"r1\",\"SourceID\":\"S-1\"}", "S-1");
        SOURCE_IDS.put("{\"FaceID\":\"r2\",\"SourceID\":\"\\u6e90-2\"}", "\u6e90-2");
        SOURCE_IDS.put("{\"FaceID\":\"r3\",\"SourceID\":42}", "42");
        SOURCE_IDS.put("{\"FaceID\":\"r4\",\"SourceID\":1.50}", "1.5");
        SOURCE_IDS.put("{\"FaceID\":\"r5\",\"SourceID\":{\"a\":1}}", null);
        SOURCE_IDS.put("{\"FaceID\":\"r6\",\"SourceID\":null}", null);
        SOURCE_IDS.put("{\"FaceID\":\"r7\",\"SourceID\":true}", null);
        SOURCE_IDS.put("{\"FaceID\":\"r8\"}", null);
        SOURCE_IDS.put("{\"FaceID\":\"r9\",", null);
    }

    @Test
    void aVersion7CaseGetsItsRecordsSourceIdsAsANewCaseStoresThem() throws Exception {
        Path dir = tmp.resolve("v7");
        CaseFolder folder = CaseFolder.createAt(dir);
        try (CaseDatabase db = CaseDatabase.open(folder.database(), 7)) {
            db.inTransaction(c -> {
                long seq = Batches.insert(c, "b1", "fp", "Captures", null, "/x", 1);
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO archives(id, kind, primary_type, create_time, update_time) VALUES ('A','PERSON','FACE',1,1)");
                }
                try (var ps = c.prepareStatement("INSERT INTO records(id, object_type, content_hash, raw, batch_seq, archive_id) VALUES (?,'FACE','h',?,?,'A')")) {
                    int n = 0;
                    for (String raw : SOURCE_IDS.keySet()) {
                        ps.setString(1, "r" + ++n);
                        ps.setString(2, raw);
                        ps.setLong(3, seq);
                        ps.executeUpdate();
                    }
                }
                return null;
            });
        }
        Path fresh = tmp.resolve("v8");
        try (CaseStore migrated = CaseStore.open(dir); CaseStore created = CaseStore.create(fresh, "new")) {
            created.db().inTransaction(c -> {
                long seq = Batches.insert(c, "b1", "fp", "Captures", null, "/x", 1);
                int n = 0;
                for (String raw : SOURCE_IDS.keySet()) {
                    Records.insert(c, new NewRecord("r" + ++n, org.judang.engine.model.ObjectType.FACE, 0, -1, null, null, null, 0, null, null, null,
                            "h", raw, seq, null, List.of()));
                }
                return null;
            });

            assertEquals(CaseDatabase.SCHEMA_VERSION, migrated.db().schemaVersion());
            List<String> expected = new ArrayList<>(SOURCE_IDS.values());
            assertEquals(expected, sourceIds(migrated));
            assertEquals(expected, sourceIds(created));
            assertEquals(List.of("1.5", "42", "S-1", "\u6e90-2"), migrated.db().snapshot(c -> Records.sourceIdsOf(c, "A")));
            assertEquals(Map.of(org.judang.engine.model.ArchiveKind.PERSON, 1L), migrated.db().snapshot(Archives::countByKind),
                    "archives by kind counted at the upgrade");
        }
    }

    private static List<String> sourceIds(CaseStore s) {
        return s.db().snapshot(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT source_id FROM records ORDER BY rowid")) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        });
    }

    private static List<String> archiveCameras(CaseStore s) {
        return s.db().read(c -> {
            List<String> out = new java.util.ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT camera_id, archive_id, records FROM archive_cameras ORDER BY 1, 2")) {
                while (rs.next()) out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3));
            }
            return out;
        });
    }

    @Test
    void aTriggerIsOneStatementOfAMigration() {
        assertEquals(List.of("CREATE TABLE t (a)", "CREATE TRIGGER x AFTER INSERT ON t BEGIN\n  UPDATE t SET a = 1;\nDELETE FROM t;\nEND",
                        "DROP TABLE t"),
                CaseDatabase.splitStatements("CREATE TABLE t (a); -- one\nCREATE TRIGGER x AFTER INSERT ON t BEGIN\n  UPDATE t SET a = 1; DELETE FROM t;\nEND;\nDROP TABLE t;"));
    }

    @Test
    void aCaseFromANewerVersionIsRefusedAndLeftUnchanged() throws Exception {
        Path dir = tmp.resolve("newer");
        try (CaseStore s = CaseStore.create(dir, "n")) {
            assertNotNull(s.name());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("case.db")); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version=" + (CaseDatabase.SCHEMA_VERSION + 5));
        }
        CaseFormatException e = assertThrows(CaseFormatException.class, () -> CaseStore.open(dir));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
        assertTrue(e.getMessage().contains("version " + (CaseDatabase.SCHEMA_VERSION + 5)), e.getMessage());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("case.db")); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
            assertEquals(CaseDatabase.SCHEMA_VERSION + 5, rs.getInt(1));
        }
    }

    @Test
    void sameImageBytesAreStoredOnce() {
        try (CaseStore s = CaseStore.create(tmp.resolve("img"), "i")) {
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
            String k1 = s.images().put(png, "png");
            String k2 = s.images().put(png.clone(), "png");
            assertEquals(k1, k2);
            assertArrayEquals(png, s.images().read(k1));
            assertEquals("png", ImageStore.sniffExtension(png).orElseThrow());
            assertTrue(ImageStore.sniffExtension(new byte[]{1, 2, 3}).isEmpty());
        }
    }
}
