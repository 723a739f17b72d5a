package org.judang.engine.archive;

/**
 * A known person an archive is matched to (实名), with the evidence: the gallery entry and its similarity to the
 * archive's centre.
 */
public record RealName(String archiveId, String galleryId, String name, String idType, String idNumber, double similarity, State state) {
    public enum State { PROPOSED, CONFIRMED, REJECTED }
}
