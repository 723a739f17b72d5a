package org.judang.engine.ingest;

import org.judang.engine.model.FeatureSpace;
import org.judang.engine.model.ObjectType;
import org.judang.engine.store.CaseStore;
import org.judang.engine.vector.VectorFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.judang.engine.ingest.TestBatch.*;
import static org.junit.jupiter.api.Assertions.*;

/** A process killed in the middle of an import leaves a case that opens consistent, and importing again completes it. */
class CrashRecoveryTest extends ImportTestCase {
    private static final int RECORDS = 20_000;
    private static final int DIMENSION = 64;
    private static final int PER_TRANSACTION = IngestLimits.DEFAULT.recordsPerTransaction();

    /** 20,000 faces of 64-d features in JSON Lines, all with one shared tiny crop. */
    private Path bigBatch() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("big"));
        byte[] crop = png(0);
        try (Writer w = Files.newBufferedWriter(dir.resolve("faces.jsonl"), StandardCharsets.UTF_8)) {
            for (int n = 1; n <= RECORDS; n++) {
                w.write(wrap("FaceObject", object(ObjectType.FACE, n, crop, vector(n, DIMENSION))));
                w.write('\n');
            }
        }
        return dir;
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aKilledImportLeavesAConsistentCaseThatASecondImportCompletes() throws Exception {
        Path batch = bigBatch();
        Path caseRoot = store.folder().root();
        store.close();
        store = null;

        int commitsSeen = runAndKillAfterCommits(caseRoot, batch, 3);
        assertEquals(3, commitsSeen);

        store = CaseStore.open(caseRoot);
        long committed = recordCount();
        assertTrue(committed >= 3L * PER_TRANSACTION && committed < RECORDS, "killed mid-way after 3 commits: " + committed);
        assertEquals(0, committed % PER_TRANSACTION, "only whole transactions are in the case: " + committed);
        assertEquals(0L, ((Number) query("SELECT count(*) FROM records r JOIN feature_spaces s ON r.space_id = s.id "
                + "WHERE r.ordinal < 0 OR r.ordinal >= s.vector_count")).longValue(), "every ordinal is below its space's committed count");
        for (FeatureSpace s : store.spaces()) {
            assertEquals(committed, s.vectorCount());
            assertEquals(VectorFile.HEADER_BYTES + s.vectorCount() * s.dimension() * 4L, Files.size(store.vectors().fileOf(s.id())));
        }
        assertEquals(List.of("ok"), pragma("integrity_check"));
        assertEquals(List.of(), pragma("foreign_key_check"));

        ImportReport again = importBatch(batch);

        assertEquals(RECORDS, recordCount());
        assertEquals(committed, again.counts(ObjectType.FACE).duplicates());
        assertEquals(RECORDS - committed, again.counts(ObjectType.FACE).imported());
        assertEquals(0, again.totalRejected());
        assertNoIssues(again);
        FeatureSpace space = store.spaces().get(0);
        assertEquals(RECORDS, space.vectorCount());
        assertEquals(VectorFile.HEADER_BYTES + (long) RECORDS * DIMENSION * 4, Files.size(store.vectors().fileOf(space.id())));
        assertVector(normalized(vector(RECORDS, DIMENSION)), vectorOf(id(ObjectType.FACE, RECORDS)));
    }

    /** Starts the import in a child JVM, kills it as soon as it reported {@code commits} commits, returns the commits seen. */
    private int runAndKillAfterCommits(Path caseRoot, Path batch, int commits) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path errors = tmp.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ImportInChildProcess.class.getName(), caseRoot.toString(), batch.toString())
                .redirectError(errors.toFile())
                .start();
        int seen = 0;
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (line.startsWith(ImportInChildProcess.COMMITTED) && ++seen == commits) break;
            }
            child.destroyForcibly();
            child.waitFor();
        }
        if (seen < commits) fail("the child import ended before its " + commits + "th commit: " + lines + "\n" + Files.readString(errors));
        return seen;
    }

    private List<String> pragma(String name) {
        return store.db().read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        });
    }
}
