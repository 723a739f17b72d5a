package org.judang.engine.archive;

import java.util.List;

/** What a merge would keep, shown before the person confirms it: the survivor's name, notes and cover, and the total. */
public record MergePreview(String survivor, String name, String notes, String coverRecordId, int totalRecords, List<String> absorbed) {}
