package org.judang.engine.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

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
