package org.judang.engine.ingest;

import org.judang.engine.model.FeatureSpace;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.Records;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A fresh case per test, and the few look-ups tests assert on. */
abstract class ImportTestCase {
    @TempDir
    Path tmp;
    CaseStore store;

    @BeforeEach
    void createCase() {
        store = CaseStore.create(tmp.resolve("case"), "test case");
    }

    @AfterEach
    void closeCase() {
        if (store != null) store.close();
    }

    TestBatch batch(String name) {
        return TestBatch.in(tmp.resolve(name));
    }

    ImportReport importBatch(Path batch) {
        return new BatchImporter(store).importBatch(batch, ProgressListener.NONE, CancellationToken.none());
    }

    ImportReport importBatch(TestBatch batch) {
        return importBatch(batch.root());
    }

    ObjectRecord record(String id) {
        return store.db().read(c -> Records.byId(c, id)).orElseThrow(() -> new AssertionError("no record " + id));
    }

    boolean hasRecord(String id) {
        return store.db().read(c -> Records.byId(c, id)).isPresent();
    }

    String raw(String id) {
        return store.db().read(c -> Records.raw(c, id)).orElseThrow();
    }

    long recordCount() {
        return store.db().read(Records::count);
    }

    /** A single value from the case database. */
    Object query(String sql, Object... params) {
        return store.db().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getObject(1) : null;
                }
            }
        });
    }

    /** The stored (normalised) vector of a record. */
    float[] vectorOf(String id) {
        ObjectRecord r = record(id);
        FeatureSpace space = store.spaces().stream().filter(s -> s.id() == r.spaceId()).findFirst().orElseThrow();
        return store.vectors().file(space).map().get(r.ordinal());
    }

    /** The one issue whose message contains {@code text}. */
    static ImportIssue issue(ImportReport report, String text) {
        List<ImportIssue> found = report.issues().stream().filter(i -> i.message().contains(text)).toList();
        assertEquals(1, found.size(), () -> "expected one issue containing '" + text + "', got " + report.issues());
        return found.get(0);
    }

    static void assertNoIssues(ImportReport report) {
        assertTrue(report.issues().isEmpty(), () -> "unexpected issues: " + report.formatText());
    }

    static void assertVector(float[] expected, float[] actual) {
        assertEquals(expected.length, actual.length, "dimension");
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], actual[i], 1e-6, "component " + i);
    }
}
