package org.judang.engine.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.judang.engine.CaseSession;
import org.judang.engine.Workstation;
import org.judang.engine.cluster.ClusterOptions;
import org.judang.engine.message.MessageMapper;
import org.judang.engine.message.SubscribeNotificationListObject;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.ArchiveFilter;
import org.judang.engine.synth.GeneratedBatch;
import org.judang.engine.synth.GeneratorSettings;
import org.judang.engine.synth.SyntheticBatchGenerator;
import org.judang.engine.task.CancellationToken;
import org.judang.engine.task.CancelledException;
import org.judang.engine.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delta exports keep an upstream library in step: a full export, then deltas applied in turn, give exactly what a
 * fresh full export gives — every field of every body and every member object, images included.
 */
class DeltaExportTest {
    @TempDir Path tmp;

    private final ObjectMapper json = MessageMapper.create();

    @Test
    void aFullExportThenTheDeltasIsTheFreshFullExport() throws Exception {
        try (CaseSession s = Workstation.createCase(tmp.resolve("case"), "Harbour")) {
            load(s, 1);
            export(s, "E0", null, false);
            List<Archive> persons = persons(s);                   // archives upstream already holds

            load(s, 2);                                           // a second batch: new archives, and captures joining old ones
            String survivor = persons.get(0).id(), absorbed = persons.get(1).id();
            s.corrections().merge(List.of(survivor, absorbed), survivor);
            Archive splitFrom = persons.get(2);
            String splitOff = s.corrections().split(List.of(s.members(splitFrom.id()).get(0).id())).createdArchive();
            Archive moveFrom = persons.get(3), moveTo = persons.get(4);
            s.corrections().move(List.of(s.members(moveFrom.id()).get(0).id()), moveTo.id());
            String hidden = persons.get(5).id();
            s.corrections().setStatus(hidden, ArchiveStatus.HIDDEN);
            ExportSummary d1 = export(s, "D1", "E0", false);

            Map<String, Integer> ops1 = operations(tmp.resolve("D1"));
            assertEquals(2, ops1.get(survivor), "a merge is a modify of the survivor…");
            assertEquals(3, ops1.get(absorbed), "…and a delete of the absorbed archive");
            assertEquals(1, ops1.get(splitOff), "a split adds the new archive…");
            assertEquals(2, ops1.get(splitFrom.id()), "…and modifies the old one");
            assertEquals(2, ops1.get(moveFrom.id()));
            assertEquals(2, ops1.get(moveTo.id()));
            assertEquals(3, ops1.get(hidden), "a hidden archive is no longer exported");
            assertEquals(new ExportSummary.Changes("E0", count(ops1, 1), count(ops1, 2), count(ops1, 3)), d1.changes());

            s.corrections().setStatus(hidden, ArchiveStatus.AUTOMATIC);   // shown again
            List<Archive> now = persons(s);
            s.corrections().merge(List.of(now.get(0).id(), now.get(1).id()), now.get(1).id());
            ObjectRecord rejected = s.members(now.get(2).id()).get(0);
            s.corrections().notThisIdentity(List.of(rejected.id()));
            s.cluster(ClusterOptions.defaults(), ProgressListener.NONE, CancellationToken.none());
            export(s, "D2", "D1", true);
            assertEquals(1, operations(tmp.resolve("D2.zip")).get(hidden), "showing an archive again adds it");

            export(s, "F", null, false);

            ArchiveSet applied = ArchiveSet.readFull(tmp.resolve("E0")).apply(tmp.resolve("D1")).apply(tmp.resolve("D2.zip"));
            ArchiveSet fresh = ArchiveSet.readFull(tmp.resolve("F"));
            assertEquals(fresh.archives().keySet(), applied.archives().keySet());
            assertEquals(fresh.archives(), applied.archives(), "every body and member object, field for field");
            assertEquals(List.of(), List.copyOf(applied.missingImages()), "every image the archives refer to was sent");
            assertTrue(applied.archives().size() > 20, "a case worth the name: " + applied.archives().size());
        }
    }

    @Test
    void aDeltaWithNothingChangedIsEmptyAndDeltasChain() throws Exception {
        try (CaseSession s = Workstation.createCase(tmp.resolve("case"), "Quiet")) {
            load(s, 1);
            export(s, "E0", null, false);

            ExportSummary d = export(s, "D1", "E0", false);

            assertEquals(new ExportSummary.Changes("E0", 0, 0, 0), d.changes());
            assertEquals(0, d.archives() + d.vehicleArchives() + d.records() + d.images());
            assertEquals("{\"SubscribeNotificationListObject\":{\"SubscribeNotificationObject\":[]}}", Files.readString(tmp.resolve("D1/Notifications.json")).trim());
            assertEquals(List.of("D1", "E0"), s.exports().stream().map(NamedExport::name).toList(), "newest first");
            assertEquals("E0", s.exports().get(0).since());
            assertEquals(s.exports().get(1).archives(), s.exports().get(0).archives(), "a delta remembers every archive, changed or not");
        }
    }

    @Test
    void notificationsAreExactlyWhatTheMessageModelWrites() throws Exception {
        try (CaseSession s = Workstation.createCase(tmp.resolve("case"), "Harbour")) {
            load(s, 1);
            export(s, "E0", null, false);
            load(s, 2);
            List<Archive> persons = persons(s);
            s.corrections().merge(List.of(persons.get(0).id(), persons.get(1).id()), persons.get(0).id());
            export(s, "D1", "E0", false);

            String written = Files.readString(tmp.resolve("D1/Notifications.json")).trim();
            var body = json.readValue(written, SubscribeNotificationListObject.Body.class);

            assertEquals(written, json.writeValueAsString(body));
            var first = body.list().notifications().get(0);
            assertEquals("D1-000001", first.notificationId());
            assertEquals(s.libraryId(), first.subscribeId());
            assertNotNull(first.triggerTime());
            assertEquals("Archive deleted since export E0", first.title(), "deletions come first");
            assertEquals(persons.get(1).id(), first.infoIds());
        }
    }

    @Test
    void anUnknownBaselineOrATakenNameIsRefusedAndLeavesNothing() throws Exception {
        try (CaseSession s = Workstation.createCase(tmp.resolve("case"), "Harbour")) {
            load(s, 1);
            var none = assertThrows(ExportException.class, () -> export(s, "D1", "E0", false));
            assertEquals("This case has no finished export named 'E0' to make a delta since. Make a full export first.", none.getMessage());
            export(s, "E0", null, false);

            var taken = assertThrows(ExportException.class, () -> export(s, "E0", null, false));
            var unknown = assertThrows(ExportException.class, () -> export(s, "D1", "E9", false));

            assertEquals("This case already has an export named 'E0'. Give the new export another name.", taken.getMessage());
            assertEquals("This case has no finished export named 'E9' to make a delta since. Its exports are: E0.", unknown.getMessage());
            assertEquals(List.of("E0"), s.exports().stream().map(NamedExport::name).toList());
            try (var left = Files.list(tmp)) {
                assertEquals(List.of("E0", "batch-1", "case"), left.map(p -> p.getFileName().toString()).sorted().toList());
            }
        }
    }

    @Test
    void aCancelledExportIsNotRemembered() throws Exception {
        try (CaseSession s = Workstation.createCase(tmp.resolve("case"), "Harbour")) {
            load(s, 1);
            CancellationToken cancel = new CancellationToken();
            ProgressListener cancelAtOnce = new ProgressListener() {
                @Override public void stage(String name, long total) { cancel.cancel(); }
                @Override public void advance(long done) {}
            };

            assertThrows(CancelledException.class, () -> s.export(tmp.resolve("E0"), new ExportOptions(ImageMode.NONE, false, "E0", null), cancelAtOnce, cancel));

            assertEquals(List.of(), s.exports());
            assertFalse(Files.exists(tmp.resolve("E0")));
            assertEquals("E0", export(s, "E0", null, false).name(), "the name is free again");
        }
    }

    @Test
    void hiddenArchivesAreLeftOutOfAFullExport() throws Exception {
        try (CaseSession s = Workstation.createCase(tmp.resolve("case"), "Harbour")) {
            load(s, 1);
            String hidden = persons(s).get(0).id();
            s.corrections().setStatus(hidden, ArchiveStatus.HIDDEN);

            export(s, "E0", null, false);

            ArchiveSet set = ArchiveSet.readFull(tmp.resolve("E0"));
            assertNull(set.archives().get(hidden));
            assertEquals(s.overview().archives() - 1, set.archives().size());
        }
    }

    // ---- the scenario

    /** Imports generated batch {@code n} (its own seed: other captures of other people) and clusters. */
    private void load(CaseSession s, int n) {
        GeneratedBatch b = new SyntheticBatchGenerator(GeneratorSettings.defaults().withIdentities(30).withRecords(240).withDimension(32)
                .withVehicles(8).withGalleryPersons(0).withCameras(3).withDays(1).withSeed(n)).write(tmp.resolve("batch-" + n));
        var report = s.importBatch(b.captures(), ProgressListener.NONE, CancellationToken.none());
        assertTrue(report.totalImported() > 200, report.formatText());
        s.cluster(ClusterOptions.defaults(), ProgressListener.NONE, CancellationToken.none());
    }

    private ExportSummary export(CaseSession s, String name, String since, boolean zip) {
        return s.export(tmp.resolve(zip ? name + ".zip" : name), new ExportOptions(ImageMode.FILES, zip, name, since),
                ProgressListener.NONE, CancellationToken.none());
    }

    /** Person archives of at least two members, largest first. */
    private static List<Archive> persons(CaseSession s) {
        List<Archive> out = new ArrayList<>(s.archives(ArchiveFilter.all().withKind(ArchiveKind.PERSON).withMinSize(2), 0, 50));
        assertTrue(out.size() >= 6, "enough person archives: " + out.size());
        return out;
    }

    /** The operation of each archive body in a delta, by archive ID. */
    private Map<String, Integer> operations(Path delta) throws Exception {
        Map<String, Integer> out = new HashMap<>();
        Path file = delta;
        if (delta.toString().endsWith(".zip")) {
            try (var fs = java.nio.file.FileSystems.newFileSystem(delta)) {
                return operations(json.readTree(Files.readString(fs.getPath("Notifications.json"))));
            }
        }
        return operations(json.readTree(Files.readString(file.resolve("Notifications.json"))));
    }

    private static Map<String, Integer> operations(JsonNode root) {
        Map<String, Integer> out = new HashMap<>();
        for (JsonNode n : root.path("SubscribeNotificationListObject").path("SubscribeNotificationObject")) {
            for (String list : new String[]{"ArchiveObjectList", "VehicleArchiveObjectList"}) {
                for (JsonNode a : n.path(list).path(list.replace("List", ""))) {
                    assertNull(out.put(a.get("ArchiveID").asText(), a.get("ExecuteOperation").asInt()), "one notification per archive");
                }
            }
        }
        return out;
    }

    private static long count(Map<String, Integer> ops, int op) {
        return ops.values().stream().filter(v -> v == op).count();
    }
}
