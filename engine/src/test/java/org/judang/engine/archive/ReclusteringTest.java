package org.judang.engine.archive;

import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.ingest.BatchImporter;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.store.Archives;
import org.judang.engine.store.CaseStore;
import org.judang.engine.store.Records;
import org.judang.engine.synth.FeatureEncoding;
import org.judang.engine.synth.GeneratorSettings;
import org.judang.engine.synth.SyntheticBatchGenerator;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/** A full re-clustering ({@code cluster --all}): archives keep their IDs, and what a person decided stays decided. */
class ReclusteringTest {
    static final GeneratorSettings FIRST = GeneratorSettings.defaults().withIdentities(150).withVehicles(30).withRecords(1500)
            .withDimension(64).withImages(false).withGalleryPersons(0).withEncoding(FeatureEncoding.NPY_SIDECAR);
    static final ClusterOptions EVERYTHING = ClusterOptions.defaults().withEverything(true);

    @TempDir Path tmp;
    CaseStore store;
    Corrections corrections;

    @BeforeEach
    void clusterFirstBatch() {
        store = CaseStore.create(tmp.resolve("case"), "t");
        corrections = new Corrections(store, "tester");
        importAndCluster(FIRST, "first", ClusterOptions.defaults());
    }

    @AfterEach
    void close() {
        store.close();
    }

    void importAndCluster(GeneratorSettings settings, String name, ClusterOptions options) {
        var batch = new SyntheticBatchGenerator(settings).write(tmp.resolve(name));
        new BatchImporter(store).importBatch(batch.captures(), ProgressListener.NONE, CancellationToken.none());
        cluster(options);
    }

    ArchivingSummary cluster(ClusterOptions options) {
        return new Archiving(store).clusterUnarchived(options, ProgressListener.NONE, CancellationToken.none());
    }

    /** Archive ID to its member IDs. */
    Map<String, Set<String>> archives() {
        Map<String, Set<String>> out = new TreeMap<>();
        store.db().read(c -> {
            Records.forEach(c, "WHERE archive_id IS NOT NULL", List.of(), r -> out.computeIfAbsent(r.archiveId(), k -> new TreeSet<>()).add(r.id()));
            return null;
        });
        return out;
    }

    List<Archive> largest(int n) {
        return store.db().read(c -> Archives.list(c, "WHERE kind='PERSON' ORDER BY record_count DESC, id LIMIT ?", List.of(n)));
    }

    @Test
    void reclusteringUnchangedDataKeepsEveryArchiveAndItsId() {
        Map<String, Set<String>> before = archives();
        ArchivingSummary s = cluster(EVERYTHING);
        assertEquals(0, s.archivesCreated(), "no archive is new");
        assertEquals(before, archives());
    }

    @Test
    void reclusteringAfterANewBatchKeepsIdsAndEveryDecision() {
        List<Archive> big = largest(5);
        Archive splitFrom = big.get(0), confirmed = big.get(1), survivor = big.get(2), absorbed = big.get(3);
        List<String> splitOff = List.copyOf(archives().get(splitFrom.id())).subList(0, 2);
        String splitTo = corrections.split(splitOff).createdArchive();
        corrections.confirm(confirmed.id());
        corrections.merge(List.of(survivor.id(), absorbed.id()), survivor.id());
        Map<String, Set<String>> decided = archives();

        importAndCluster(FIRST.withRecords(400).withFirstDay(3), "later", ClusterOptions.defaults());
        Map<String, Set<String>> beforeAll = archives();
        cluster(EVERYTHING);
        Map<String, Set<String>> after = archives();

        // records a person placed never move; a confirmed archive keeps every member
        assertTrue(after.get(splitTo).containsAll(splitOff));
        assertTrue(after.get(confirmed.id()).containsAll(decided.get(confirmed.id())));
        assertEquals(ArchiveStatus.CONFIRMED, store.db().read(c -> Archives.byId(c, confirmed.id())).orElseThrow().status());
        assertTrue(after.get(survivor.id()).containsAll(decided.get(survivor.id())), "the merge stands");
        assertFalse(after.containsKey(absorbed.id()));
        // the cannot-link of the split is not crossed: none of the rest of the source joined the split-off archive
        Set<String> rest = new TreeSet<>(decided.get(splitFrom.id()));
        rest.retainAll(after.get(splitTo));
        assertTrue(rest.isEmpty(), "records of " + splitFrom.id() + " joined " + splitTo + ": " + rest);
        // archives keep their IDs: most archives of before are still there with most of their records (the rest were
        // joined with others now that more captures link them)
        long kept = beforeAll.entrySet().stream().filter(e -> after.containsKey(e.getKey())
                && overlap(e.getValue(), after.get(e.getKey())) * 2 > e.getValue().size()).count();
        assertTrue(kept >= beforeAll.size() * 0.85, kept + " of " + beforeAll.size() + " archives kept their ID");
        // and an archive whose records all stayed together, alone, kept its ID
        for (Map.Entry<String, Set<String>> e : beforeAll.entrySet()) {
            List<Set<String>> holders = after.values().stream().filter(m -> overlap(m, e.getValue()) > 0).toList();
            if (holders.size() == 1 && holders.get(0).equals(e.getValue())) assertEquals(e.getValue(), after.get(e.getKey()), e.getKey());
        }
        // every record is in exactly one archive
        long placed = after.values().stream().mapToLong(Set::size).sum();
        assertEquals(store.db().read(Records::count), placed);
    }

    static long overlap(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains).count();
    }
}
