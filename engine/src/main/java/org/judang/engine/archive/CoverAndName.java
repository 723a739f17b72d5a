package org.judang.engine.archive;

/**
 * What an archive's tile shows besides the archive itself: the stored image key of its cover's crop (null when the
 * cover has no crop) and its known person (proposed or confirmed; null when none).
 */
public record CoverAndName(String archiveId, String coverImage, RealName realName) {}
