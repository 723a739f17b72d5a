package org.judang.engine.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.store.Archives;
import org.judang.engine.store.Records;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.judang.engine.model.ObjectType.MOTOR_VEHICLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A vehicle archive's description, voted by its members, follows its members as they change. */
class VehicleDescriptionTest {
    @TempDir Path tmp;
    private TestCase c;
    private String vehicle;

    @BeforeEach
    void buildCase() {
        c = TestCase.create(tmp.resolve("case"), "Vehicles");
        member("M1", "A", "大众");
        member("M2", "B", null);
        member("M3", "B", " ");
        member("M4", "A", null);
        member("M5", "A", null);
        vehicle = c.archive(ArchiveKind.VEHICLE, MOTOR_VEHICLE, "M1", null, "M1", "M2", "M3");
    }

    @AfterEach
    void close() {
        c.close();
    }

    @Test
    void theDescriptionIsVotedAgainWhenMembersJoinOrLeave() {
        ArchiveMessages messages = new ArchiveMessages(c.store, ImageMode.NONE);
        assertEquals("B", messages.vehicleArchive(archive()).vehicleColor());
        assertEquals("大众", messages.vehicleArchive(archive()).vehicleBrand(), "blank and absent values do not vote");
        assertEquals(List.of("SRC-M1", "SRC-M2", "SRC-M3"), messages.vehicleArchive(archive()).sourceIds());

        c.store.db().inTransaction(conn -> {
            Records.assign(conn, List.of("M4", "M5"), vehicle);
            return null;
        });
        assertEquals("A", messages.vehicleArchive(archive()).vehicleColor(), "three A against two B");
        assertEquals(List.of("SRC-M1", "SRC-M2", "SRC-M3", "SRC-M4", "SRC-M5"), messages.vehicleArchive(archive()).sourceIds());

        c.store.db().inTransaction(conn -> {
            Records.assign(conn, List.of("M1"), null);
            return null;
        });
        assertNull(messages.vehicleArchive(archive()).vehicleBrand(), "the only member that named a brand left");
    }

    private Archive archive() {
        return c.store.db().snapshot(conn -> Archives.byId(conn, vehicle)).orElseThrow();
    }

    private void member(String id, String color, String brand) {
        String key = c.image("crop of " + id);
        ObjectNode raw = c.object(MOTOR_VEHICLE, id, "SRC-" + id, key);
        raw.put("PlateNo", "浙B12345").put("VehicleColor", color);
        if (brand != null) raw.put("VehicleBrand", brand);
        c.add(MOTOR_VEHICLE, raw, key, 0.5);
    }
}
