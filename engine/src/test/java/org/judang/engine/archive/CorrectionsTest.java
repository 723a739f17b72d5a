package org.judang.engine.archive;

import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.Box;
import org.judang.engine.model.FeatureSpace;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.model.ObjectType;
import org.judang.engine.store.Archives;
import org.judang.engine.store.Batches;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.FeatureSpaces;
import org.judang.engine.store.NewRecord;
import org.judang.engine.store.Records;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.judang.engine.vector.VectorFile;
import org.judang.engine.vector.Vectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class CorrectionsTest {
    static final int DIM = 128;
    @TempDir Path tmp;
    CaseStore store;
    Corrections corrections;
    final Random random = new Random(9);
    final Map<String, float[]> centres = new java.util.HashMap<>();

    @BeforeEach
    void open() {
        store = CaseStore.create(tmp.resolve("case"), "t");
        corrections = new Corrections(store, "tester");
    }

    @AfterEach
    void close() {
        store.close();
    }

    void reopen() {
        store.close();
        store = CaseStore.open(tmp.resolve("case"));
        corrections = new Corrections(store, "tester");
    }

    /** Captures of identity {@code who} (a letter), named who000, who001, ... continuing earlier ones. */
    void captures(String who, int count) {
        float[] centre = centres.computeIfAbsent(who, k -> {
            float[] v = new float[DIM];
            for (int d = 0; d < DIM; d++) v[d] = (float) random.nextGaussian();
            Vectors.normalize(v);
            return v;
        });
        store.db().inTransaction(c -> {
            long seq = Batches.insert(c, null, "fp" + who + random.nextInt(), "Captures", null, "t", 0);
            FeatureSpace space = FeatureSpaces.findOrCreate(c, ObjectType.FACE, "V", "a", DIM);
            VectorFile f = store.vectors().file(space);
            long existing = Records.list(c, "WHERE id LIKE ?", List.of(who + "%")).size();
            for (int i = 0; i < count; i++) {
                float[] v = new float[DIM];
                for (int d = 0; d < DIM; d++) v[d] = centre[d] + (float) (random.nextGaussian() * 0.03);
                Vectors.normalize(v);
                long ord = f.append(v);
                Records.insert(c, new NewRecord(who + String.format("%03d", existing + i), ObjectType.FACE, space.id(), ord, "cam", 1000L + i,
                        new Box(0, 0, 5, 5), 0.5, null, null, null, "h", "{}", seq, null, List.of()));
            }
            f.flush();
            FeatureSpaces.setVectorCount(c, space.id(), f.count());
            return null;
        });
    }

    void cluster() {
        new Archiving(store).clusterUnarchived(ClusterOptions.defaults().withThreshold(0.5), ProgressListener.NONE, CancellationToken.none());
    }

    String archiveOf(String record) {
        return store.db().read(c -> Records.byId(c, record)).orElseThrow().archiveId();
    }

    Set<String> members(String archive) {
        List<String> ids = store.db().read(c -> Archives.memberIds(c, archive));
        return new TreeSet<>(ids);
    }

    Archive archive(String id) {
        return store.db().read(c -> Archives.byId(c, id)).orElseThrow();
    }

    Set<Set<String>> partition() {
        return store.db().read(c -> Records.list(c, "WHERE archive_id IS NOT NULL", List.of())).stream()
                .collect(Collectors.groupingBy(ObjectRecord::archiveId, Collectors.mapping(ObjectRecord::id, Collectors.toCollection(TreeSet::new))))
                .values().stream().collect(Collectors.toSet());
    }

    @Test
    void mergeKeepsTheSurvivorAndUndoBringsTheOtherBack() {
        captures("a", 3);
        captures("b", 2);
        cluster();
        String a = archiveOf("a000"), b = archiveOf("b000");
        corrections.rename(a, "Zhang San");
        MergePreview p = corrections.previewMerge(List.of(a, b), a);
        assertEquals("Zhang San", p.name());
        assertEquals(5, p.totalRecords());

        corrections.merge(List.of(a, b), a);
        assertEquals(Set.of("a000", "a001", "a002", "b000", "b001"), members(a));
        assertTrue(store.db().read(c -> Archives.byId(c, b)).isEmpty());
        assertEquals("Zhang San", archive(a).name());
        assertEquals(5, archive(a).recordCount());

        corrections.undo();
        assertEquals(Set.of("a000", "a001", "a002"), members(a));
        assertEquals(Set.of("b000", "b001"), members(b), "the absorbed archive comes back with its own ID");
        assertEquals(3, archive(a).recordCount());
        assertEquals(2, archive(b).recordCount());

        corrections.redo();
        assertEquals(5, members(a).size());
    }

    /** Members' similarity to the centre, as the archive page reads them. */
    Map<String, Double> similarities(String archive) {
        return store.db().read(c -> MemberSimilarities.of(c, store, archive, Records.list(c, "WHERE archive_id=?", List.of(archive))))
                .stream().collect(Collectors.toMap(ObjectRecord::id, ObjectRecord::similarity));
    }

    @Test
    void membersAreMeasuredAgainstTheCentreTheArchiveHasNow() {
        captures("a", 6);
        captures("b", 2);
        cluster();
        String a = archiveOf("a000"), b = archiveOf("b000");
        assertTrue(similarities(b).values().stream().allMatch(x -> x > 0.9), "alone, b's captures sit on their own centre");

        corrections.merge(List.of(a, b), a);
        Map<String, Double> merged = similarities(a);
        assertEquals(8, merged.size());
        assertTrue(merged.get("b000") < merged.get("a000") - 0.2, "merged in, b's captures are the outliers of a's centre: " + merged);
        double mean = merged.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertEquals(mean, archive(a).similarityDegree(), 1e-6, "the archive's similarity degree is its members' mean");

        corrections.undo();
        assertTrue(similarities(b).values().stream().allMatch(x -> x > 0.9), "back in their own archive");
    }

    @Test
    void undoingAMergeAfterLaterCorrectionsTouchedTheSurvivorKeepsThoseCorrections() {
        captures("a", 3);
        captures("b", 2);
        captures("c", 2);
        cluster();
        String a = archiveOf("a000"), b = archiveOf("b000"), c = archiveOf("c000");
        long merge = corrections.merge(List.of(a, b), a).auditSeq();
        corrections.move(List.of("b001"), c);   // later: one of b's records goes elsewhere
        corrections.rename(a, "Survivor");        // later: the survivor is renamed

        corrections.undo(merge);
        assertEquals(Set.of("b000"), members(b), "b comes back with the records still in the survivor");
        assertEquals(Set.of("a000", "a001", "a002"), members(a));
        assertEquals(Set.of("c000", "c001", "b001"), members(c), "the later move stands");
        assertEquals("Survivor", archive(a).name(), "the later rename stands");
        assertThrows(CorrectionException.class, () -> corrections.undo(merge), "already undone");
    }

    @Test
    void undoAndRedoRunInOrderThroughSeveralCorrections() {
        captures("a", 3);
        captures("b", 2);
        captures("c", 2);
        cluster();
        String a = archiveOf("a000"), b = archiveOf("b000"), c = archiveOf("c000");
        corrections.merge(List.of(a, b), a);
        corrections.move(List.of("b001"), c);
        corrections.undo(); // the move
        assertEquals(5, members(a).size());
        corrections.undo(); // the merge
        assertEquals(Set.of("b000", "b001"), members(b));
        corrections.redo(); // the merge
        corrections.redo(); // the move
        assertEquals(Set.of("c000", "c001", "b001"), members(c));
        assertEquals(Set.of("a000", "a001", "a002", "b000"), members(a));
        assertTrue(corrections.redo().isEmpty());
    }

    @Test
    void splitMakesANewArchiveThatClusteringNeverMergesBack() {
        captures("a", 4);
        cluster();
        String a = archiveOf("a000");
        CorrectionResult r = corrections.split(List.of("a002", "a003"));
        String n = r.createdArchive();
        assertEquals(48, n.length());
        assertEquals(Set.of("a002", "a003"), members(n));
        assertEquals(Set.of("a000", "a001"), members(a));
        assertTrue(store.db().read(c -> Records.byId(c, "a002")).orElseThrow().locked());

        corrections.undo();
        assertEquals(4, members(a).size());
        assertTrue(store.db().read(c -> Archives.byId(c, n)).isEmpty());
        assertFalse(store.db().read(c -> Records.byId(c, "a002")).orElseThrow().locked());
    }

    @Test
    void notThisIdentityKeepsRecordsOutEvenAfterANewImport() {
        captures("a", 4);
        cluster();
        String a = archiveOf("a000");
        corrections.notThisIdentity(List.of("a003"));
        assertNull(archiveOf("a003"));
        assertEquals(3, members(a).size());

        captures("a", 2); // a new batch of the same person
        cluster();
        assertEquals(Set.of("a000", "a001", "a002", "a004", "a005"), members(a), "new captures join; the rejected one does not");
        assertNotEquals(a, archiveOf("a003"));
        assertNotNull(archiveOf("a003"));
    }

    @Test
    void notThisIdentityNamingTheArchiveRefusesRecordsThatAreNotInIt() {
        captures("a", 3);
        captures("b", 2);
        cluster();
        String a = archiveOf("a000");
        CorrectionException e = assertThrows(CorrectionException.class, () -> corrections.notThisIdentity(a, List.of("a001", "b000")));
        assertEquals("Record b000 is not in archive " + a + ".", e.getMessage());
        assertEquals(a, archiveOf("a001"), "nothing was taken out");
        corrections.notThisIdentity(a, List.of("a001"));
        assertNull(archiveOf("a001"));
    }

    @Test
    void confirmLocksRecordsAndHideAndFieldsUndo() {
        captures("a", 3);
        cluster();
        String a = archiveOf("a000");
        corrections.confirm(a);
        assertEquals(ArchiveStatus.CONFIRMED, archive(a).status());
        assertTrue(store.db().read(c -> Records.list(c, "WHERE archive_id=?", List.of(a))).stream().allMatch(ObjectRecord::locked));
        corrections.setNotes(a, "seen near the harbour");
        corrections.setTags(a, List.of("suspect", " harbour ", "suspect"));
        corrections.setCover(a, "a001");
        assertEquals("a001", archive(a).coverRecordId());
        corrections.setStatus(a, ArchiveStatus.HIDDEN);
        assertEquals(ArchiveStatus.HIDDEN, archive(a).status());

        corrections.undo(); // hide
        corrections.undo(); // cover
        corrections.undo(); // tags
        corrections.undo(); // notes
        assertEquals(ArchiveStatus.CONFIRMED, archive(a).status());
        corrections.undo(); // confirm
        assertEquals(ArchiveStatus.AUTOMATIC, archive(a).status());
        assertTrue(store.db().read(c -> Records.list(c, "WHERE archive_id=?", List.of(a))).stream().noneMatch(ObjectRecord::locked));
        assertTrue(corrections.undo().isEmpty(), "nothing left to undo");
    }

    @Test
    void undoAndRedoSurviveARestart() {
        captures("a", 2);
        captures("b", 2);
        cluster();
        String a = archiveOf("a000"), b = archiveOf("b000");
        corrections.merge(List.of(a, b), a);
        reopen();
        corrections.undo();
        assertEquals(Set.of("b000", "b001"), members(b));
        reopen();
        corrections.redo();
        assertEquals(4, members(a).size());
        List<AuditEntry> log = corrections.log(0, 10);
        assertEquals(List.of("REDO", "UNDO", "MERGE", "CLUSTER"), log.stream().map(AuditEntry::action).toList());
        assertTrue(log.get(2).changes().contains("\"op\":\"move\""));
        assertFalse(log.get(3).manual(), "clustering is automatic work, logged but not undone");
    }

    @Test
    void aNewCorrectionEndsTheRedoChain() {
        captures("a", 2);
        cluster();
        String a = archiveOf("a000");
        corrections.rename(a, "One");
        corrections.undo();
        corrections.rename(a, "Two");
        assertTrue(corrections.redo().isEmpty());
        assertEquals("Two", archive(a).name());
    }

    @Test
    void suggestionsOfferSplitIdentitiesAndANoIsNeverAskedAgain() {
        captures("a", 3);
        captures("b", 3);
        // a threshold far too strict: every capture stands alone, and the suggestions must bring them together
        new Archiving(store).clusterUnarchived(ClusterOptions.defaults().withThreshold(0.999), ProgressListener.NONE, CancellationToken.none());
        MergeSuggestions ms = new MergeSuggestions(store);
        ms.refresh(ProgressListener.NONE, CancellationToken.none());
        List<MergeSuggestion> open = ms.open(0, 100);
        assertFalse(open.isEmpty());
        for (MergeSuggestion s : open) {
            String x = members(s.a()).iterator().next(), y = members(s.b()).iterator().next();
            assertEquals(x.charAt(0), y.charAt(0), "only archives of one identity are suggested: " + x + " / " + y);
        }

        MergeSuggestion first = open.get(0);
        long counted = ms.countOpen();
        assertEquals(open.size(), counted);
        assertEquals(counted, ms.countOpen(), "kept while nothing changes");
        corrections.answer(first, MergeSuggestion.Answer.NO);
        assertEquals(counted - 1, ms.countOpen(), "counted again after an answer");
        ms.refresh(ProgressListener.NONE, CancellationToken.none());
        assertTrue(ms.open(0, 100).stream().noneMatch(s -> s.a().equals(first.a()) && s.b().equals(first.b())), "a no is never asked again");

        MergeSuggestion second = ms.open(0, 100).get(0);
        corrections.answer(second, MergeSuggestion.Answer.YES);
        int merged = members(store.db().read(c -> Archives.byId(c, second.a())).isPresent() ? second.a() : second.b()).size();
        assertEquals(2, merged);
        corrections.undo();
        assertEquals(1, members(second.a()).size());
        assertEquals(1, members(second.b()).size());
        assertTrue(ms.open(0, 100).contains(second), "undo reopens the suggestion");
        assertEquals(ms.open(0, 100).size(), ms.countOpen(), "and counts it again");
        assertThrows(CorrectionException.class, () -> corrections.answer(first, MergeSuggestion.Answer.YES), "already answered");
    }

    @Test
    void clearErrorsForImpossibleCorrections() {
        captures("a", 2);
        cluster();
        String a = archiveOf("a000");
        CorrectionException tooFew = assertThrows(CorrectionException.class, () -> corrections.merge(List.of(a), a));
        assertTrue(tooFew.getMessage().contains("at least two"));
        assertEquals(org.judang.engine.model.FailurePhrase.CORRECTION_MERGE_TOO_FEW, tooFew.phrase(), "a phrase a window words in its language");
        CorrectionException none = assertThrows(CorrectionException.class, () -> corrections.move(List.of("a000"), "nope"));
        assertEquals("No archive nope in this case.", none.getMessage());
        assertEquals(List.of("nope"), none.phraseArgs());
        assertTrue(assertThrows(CorrectionException.class, () -> corrections.move(List.of("a000"), a)).getMessage().contains("already in"));
        assertEquals(Set.of(Set.of("a000", "a001")), partition());
    }
}
