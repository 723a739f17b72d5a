package org.judang.engine.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.ArchiveFilter;
import org.judang.engine.CaseSession;
import org.judang.engine.Workstation;
import org.judang.engine.archive.ArchiveMatch;
import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.export.ArchiveSet;
import org.judang.engine.export.ExportOptions;
import org.judang.engine.export.ImageMode;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.synth.GeneratedBatch;
import org.judang.engine.synth.GeneratorSettings;
import org.judang.engine.synth.SyntheticBatchGenerator;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.CancelledException;
import org.judang.engine.task.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A full export of case A imported into case B holds A's archives, members and all: exporting B gives A's export
 * back, the one field that names the library aside.
 */
class ArchiveImportTest {
    @TempDir static Path shared;
    @TempDir Path tmp;

    private static CaseSession a;
    private static GeneratedBatch batch;
    private static Path exportA, inlineZipA;

    /** Case A: a labelled batch with features in the objects and crops, clustered, one merge by hand; exported twice. */
    @BeforeAll
    static void caseA() {
        batch = new SyntheticBatchGenerator(GeneratorSettings.defaults().withIdentities(25).withRecords(260).withDimension(32).withVehicles(6)
                .withGalleryPersons(0).withCameras(3).withDays(1).withSeed(5)).write(shared.resolve("batch"));
        a = Workstation.createCase(shared.resolve("A"), "Harbour");
        a.importBatch(batch.captures(), ProgressListener.NONE, CancellationToken.none());
        a.cluster(ClusterOptions.defaults(), ProgressListener.NONE, CancellationToken.none());
        List<Archive> persons = a.archives(ArchiveFilter.all().withKind(ArchiveKind.PERSON), 0, 2);
        a.corrections().merge(List.of(persons.get(0).id(), persons.get(1).id()), persons.get(0).id());
        exportA = shared.resolve("A-export");
        a.export(exportA, new ExportOptions(ImageMode.FILES, false), ProgressListener.NONE, CancellationToken.none());
        inlineZipA = shared.resolve("A-inline.zip");
        a.export(inlineZipA, new ExportOptions(ImageMode.INLINE, true), ProgressListener.NONE, CancellationToken.none());
    }

    @AfterAll
    static void closeA() {
        a.close();
    }

    @Test
    void anotherCasesExportComesBackAsItWent() {
        try (CaseSession b = Workstation.createCase(tmp.resolve("B"), "Upstream copy")) {
            ArchiveImportReport r = b.importArchives(exportA, ProgressListener.NONE, CancellationToken.none());

            assertEquals(a.overview().archives(), r.totalImported(), r.formatText());
            assertEquals(0, r.totalRejected(), r.formatText());
            assertEquals(a.overview().records(), r.records().totalImported(), r.formatText());
            assertEquals(a.libraryId(), r.libraryId());
            assertEquals(0, b.overview().unarchived(), "every record is in its archive, none left to cluster");
            assertSameArchives(ArchiveSet.readFull(exportA), exportOf(b, "B-export"));
        }
    }

    @Test
    void inlineImagesInAZipComeBackAsTheSameArchives() {
        try (CaseSession c = Workstation.createCase(tmp.resolve("C"), "From a zip")) {
            ArchiveImportReport r = c.importArchives(inlineZipA, ProgressListener.NONE, CancellationToken.none());

            assertEquals(0, r.totalRejected(), r.formatText());
            assertSameArchives(ArchiveSet.readFull(exportA), exportOf(c, "C-export"));
        }
    }

    @Test
    void searchByImageFindsTheSameArchivesInTheCopy() {
        try (CaseSession b = Workstation.createCase(tmp.resolve("B"), "Searchable")) {
            b.importArchives(exportA, ProgressListener.NONE, CancellationToken.none());
            Archive largest = b.archives(ArchiveFilter.all().withKind(ArchiveKind.PERSON), 0, 1).get(0);
            List<ObjectRecord> withFeatures = b.members(largest.id()).stream().filter(m -> m.spaceId() > 0).toList();
            assertTrue(withFeatures.size() > 1, "the members came with their features");

            for (ObjectRecord member : withFeatures) {
                List<ArchiveMatch> inCopy = b.searchByRecord(member.id(), 0.0, 3), inOriginal = a.searchByRecord(member.id(), 0.0, 3);
                assertEquals(inOriginal.stream().map(m -> m.archive().id()).toList(), inCopy.stream().map(m -> m.archive().id()).toList(), member.id());
                assertEquals(inOriginal.get(0).similarity(), inCopy.get(0).similarity(), 1e-6, "centres and vectors came with the archives");
            }
            assertEquals(a.archive(largest.id()).orElseThrow().recordCount(), largest.recordCount());
        }
    }

    @Test
    void importingTheSamePackageAgainChangesNothing() {
        try (CaseSession b = Workstation.createCase(tmp.resolve("B"), "Twice")) {
            b.importArchives(exportA, ProgressListener.NONE, CancellationToken.none());
            Map<String, String> before = b.archiveAssignments(java.util.Set.of());

            ArchiveImportReport again = b.importArchives(exportA, ProgressListener.NONE, CancellationToken.none());

            assertEquals(0, again.totalImported());
            assertEquals(a.overview().archives(), again.totalUnchanged(), again.formatText());
            assertEquals(a.overview().records(), again.records().totalDuplicates());
            assertEquals(before, b.archiveAssignments(java.util.Set.of()));
        }
    }

    @Test
    void conflictsAreReportedAndWhatTheCaseHoldsIsKept() {
        try (CaseSession b = Workstation.createCase(tmp.resolve("B"), "Edited copy")) {
            b.importArchives(exportA, ProgressListener.NONE, CancellationToken.none());
            List<Archive> persons = b.archives(ArchiveFilter.all().withKind(ArchiveKind.PERSON), 0, 2);
            String moved = b.members(persons.get(0).id()).get(0).id();
            b.corrections().move(List.of(moved), persons.get(1).id());
            Map<String, String> before = b.archiveAssignments(java.util.Set.of());

            ArchiveImportReport r = b.importArchives(exportA, ProgressListener.NONE, CancellationToken.none());

            assertEquals(2, r.totalRejected(), r.formatText());
            assertEquals(a.overview().archives() - 2, r.totalUnchanged());
            List<ImportIssue> errors = r.records().issues(ImportIssue.Severity.ERROR);
            assertEquals(2, errors.size(), r.formatText());
            ImportIssue first = errors.get(0);
            assertEquals("ArchiveSubjects.json", first.file());
            assertTrue(first.message().contains("is already in this case with other members"), first.message());
            assertTrue(List.of(persons.get(0).id(), persons.get(1).id()).contains(first.recordId()));
            assertEquals(before, b.archiveAssignments(java.util.Set.of()), "the case's own archives are as they were");
        }
    }

    @Test
    void aRecordAlreadyInAnArchiveOfTheCaseStaysThere() {
        try (CaseSession d = Workstation.createCase(tmp.resolve("D"), "Same captures")) {
            d.importBatch(batch.captures(), ProgressListener.NONE, CancellationToken.none());
            d.cluster(ClusterOptions.defaults(), ProgressListener.NONE, CancellationToken.none());
            Map<String, String> before = d.archiveAssignments(java.util.Set.of());

            ArchiveImportReport r = d.importArchives(exportA, ProgressListener.NONE, CancellationToken.none());

            assertEquals(0, r.totalImported(), "every member is in one of the case's own archives");
            assertEquals(a.overview().archives(), r.totalRejected());
            assertEquals(a.overview().records(), r.records().totalRejected());
            ImportIssue recordConflict = r.records().issues(ImportIssue.Severity.ERROR).stream()
                    .filter(i -> i.message().startsWith("record ")).findFirst().orElseThrow();
            assertTrue(recordConflict.message().matches("record \\S+ is already in archive \\S+ of this case; it stays there and was not added to archive \\S+\\."),
                    recordConflict.message());
            assertEquals(before, d.archiveAssignments(java.util.Set.of()));
        }
    }

    @Test
    void cancellingLeavesTheCaseAsItWas() {
        try (CaseSession b = Workstation.createCase(tmp.resolve("B"), "Cancelled")) {
            CancellationToken cancel = new CancellationToken();
            ProgressListener cancelWhileFiling = new ProgressListener() {
                @Override public void stage(String name, long total) {}
                @Override public void advance(long done) {}
                @Override public void message(String text) { cancel.cancel(); }   // after the first transaction is stored
            };

            assertThrows(CancelledException.class, () -> new ArchiveImporter(storeOf(b), IngestLimits.DEFAULT.withRecordsPerTransaction(20))
                    .importArchives(exportA, cancelWhileFiling, cancel));

            assertEquals(0, b.overview().archives());
            assertEquals(0, b.overview().records());
            assertEquals(List.of(), b.importHistory());
        }
    }

    @Test
    void anImportKilledPartWayLeavesWholeArchivesAndASecondImportCompletesIt() throws Exception {
        Path caseRoot = tmp.resolve("B");
        Workstation.createCase(caseRoot, "Interrupted").close();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(javaBin, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ArchiveImportInChildProcess.class.getName(), caseRoot.toString(), exportA.toString(), "20")
                .redirectError(tmp.resolve("child-stderr.txt").toFile()).start();
        int commits = 0;
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && commits < 3; line = out.readLine()) {
                if (line.startsWith(ImportInChildProcess.COMMITTED)) commits++;
            }
            child.destroyForcibly();
            child.waitFor();
        }
        assertEquals(3, commits, "the child import committed three times before it was killed");

        try (CaseSession b = Workstation.openCase(caseRoot)) {
            long filed = b.overview().archives();
            assertTrue(filed > 0 && filed < a.overview().archives(), "killed part-way: " + filed);
            for (Archive archive : b.archives(ArchiveFilter.all(), 0, 1000)) {
                assertEquals(a.archive(archive.id()).orElseThrow().recordCount(), b.members(archive.id()).size(), "archive " + archive.id() + " is whole");
            }

            ArchiveImportReport again = b.importArchives(exportA, ProgressListener.NONE, CancellationToken.none());

            assertEquals(filed, again.totalUnchanged(), again.formatText());
            assertEquals(a.overview().archives() - filed, again.totalImported());
            assertEquals(0, again.totalRejected(), again.formatText());
            assertSameArchives(ArchiveSet.readFull(exportA), exportOf(b, "B-export"));
        }
    }

    // ---- helpers

    private ArchiveSet exportOf(CaseSession s, String name) {
        Path out = tmp.resolve(name);
        s.export(out, new ExportOptions(ImageMode.FILES, false), ProgressListener.NONE, CancellationToken.none());
        return ArchiveSet.readFull(out);
    }

    /**
     * Same archives, bodies and details, field for field; the bodies' {@code ArchiveLibraryID} is the one field that
     * differs, as each case is its own library.
     */
    static void assertSameArchives(ArchiveSet expected, ArchiveSet actual) {
        assertEquals(expected.archives().keySet(), actual.archives().keySet());
        SortedMap<String, ArchiveSet.Entry> want = withoutLibrary(expected), got = withoutLibrary(actual);
        for (String id : want.keySet()) {
            assertEquals(want.get(id).element(), got.get(id).element(), id);
            assertEquals(fields(want.get(id).body()), fields(got.get(id).body()), "body of " + id);
            assertEquals(fields(want.get(id).subject()), fields(got.get(id).subject()), "details of " + id);
            assertEquals(want.get(id), got.get(id), id);
        }
        assertEquals(List.of(), List.copyOf(actual.missingImages()));
    }

    /** A tree's fields, sorted, so that a failure shows which field differs (JSON gives their order no meaning). */
    private static Map<String, com.fasterxml.jackson.databind.JsonNode> fields(com.fasterxml.jackson.databind.JsonNode node) {
        Map<String, com.fasterxml.jackson.databind.JsonNode> out = new TreeMap<>();
        node.properties().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static SortedMap<String, ArchiveSet.Entry> withoutLibrary(ArchiveSet set) {
        SortedMap<String, ArchiveSet.Entry> out = new TreeMap<>();
        set.archives().forEach((id, e) -> {
            ObjectNode body = e.body().deepCopy();
            body.remove("ArchiveLibraryID");
            out.put(id, new ArchiveSet.Entry(e.element(), body, e.subject()));
        });
        return out;
    }

    private static org.judang.engine.store.CaseStore storeOf(CaseSession s) {
        try {
            var m = CaseSession.class.getDeclaredMethod("store");
            m.setAccessible(true);
            return (org.judang.engine.store.CaseStore) m.invoke(s);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
