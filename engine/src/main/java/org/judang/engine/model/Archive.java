package org.judang.engine.model;

/**
 * An archive's basic information (基础信息).
 *
 * @param id               48 characters, stable for the archive's life
 * @param similarityDegree mean member-to-centre similarity (0..1)
 * @param confidence       how sure the archive is one identity (0..1)
 */
public record Archive(
        String id, ArchiveKind kind, ObjectType primaryType, String coverRecordId, int recordCount,
        Long firstTime, Long lastTime, String firstDevice, String lastDevice,
        double similarityDegree, double confidence, ArchiveStatus status, String plate,
        String name, long createTime, long updateTime) {
}
