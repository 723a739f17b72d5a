package org.judang.engine.archive;

import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.ObjectType;

/** What identifies an archive beyond its members: kept when it is deleted so that undo can restore it. */
public record ArchiveFields(String id, ArchiveKind kind, ObjectType primaryType, ArchiveStatus status, String name, String notes, String tags,
                            String cover, boolean coverChosen, long createTime) {}
