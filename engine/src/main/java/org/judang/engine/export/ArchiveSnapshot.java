package org.judang.engine.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ObjectType;
import org.judang.engine.store.Exports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * One archive as an export sees it, read at one moment: its body as the case holds it (an {@code ArchiveObject}, or a
 * {@code VehicleArchiveObject} for a vehicle archive), its member IDs by type, and what the export remembers of it —
 * a hash of the body and one of the member list, which a later delta compares with.
 */
record ArchiveSnapshot(Archive archive, Object body, Map<ObjectType, List<String>> members, Exports.ArchiveState state) {
    /** Bytes of SHA-256 kept: a change is what is looked for, not an adversary. */
    private static final int HASH_BYTES = 16;

    /** Reads the archive's body and members on {@code c}, inside the caller's read so that the two agree. */
    static ArchiveSnapshot take(Connection c, Archive a, ArchiveBodies bodies, ObjectMapper mapper) throws SQLException {
        Object body = a.kind() == ArchiveKind.VEHICLE ? bodies.vehicleArchive(a) : bodies.archive(a);
        Map<ObjectType, List<String>> members = ArchiveSubjectWriter.memberIds(c, a.id());
        MessageDigest memberDigest = sha256();
        members.forEach((type, ids) -> {
            for (String id : ids) memberDigest.update((type.name() + '\t' + id + '\n').getBytes(StandardCharsets.UTF_8));
        });
        try {
            String bodyHash = hex(sha256().digest(mapper.writeValueAsBytes(body)));
            return new ArchiveSnapshot(a, body, members, new Exports.ArchiveState(a.id(), a.kind(), bodyHash, hex(memberDigest.digest())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The body of archive " + a.id() + " cannot be written: " + e.getOriginalMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest, 0, HASH_BYTES);
    }
}
