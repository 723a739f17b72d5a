package org.judang.engine.model;

/**
 * One capture (明细): an object found in footage, as stored in a case.
 *
 * @param shotTime     epoch seconds of the case-local capture time (see {@link CaseTime}), or null when unknown
 * @param spaceId      feature space id, 0 when the record has no feature
 * @param ordinal      row of its vector in the space's vector file, -1 when none
 * @param quality      capture quality in 0..1 (used to pick covers)
 * @param plate        normalised plate number for vehicles, null otherwise or when unreadable
 * @param cropImage    content-addressed image key of the crop, null when "no image"
 * @param sceneImage   content-addressed image key of the scene, null when absent
 * @param archiveId    the archive holding it, null when not yet archived
 * @param similarity   similarity to its archive's centre, computed when read as an archive's members
 *                     ({@code CaseSession.members}); NaN when read otherwise
 * @param locked       placed by a person; the machine never moves it
 */
public record ObjectRecord(
        String id, ObjectType type, int spaceId, long ordinal, String deviceId, Long shotTime, Box box,
        double quality, String plate, String cropImage, String sceneImage, long batchSeq,
        String archiveId, double similarity, boolean locked) {
}
