package org.judang.engine;

/** The order a list of archives comes in; ties are broken by archive ID so that paging is stable. */
public enum ArchiveOrder {
    /** Most records first. */
    LARGEST_FIRST("record_count DESC, id"),
    /** Most recently changed first (a new member, a correction). */
    UPDATED_FIRST("update_time DESC, id"),
    /** Newest archives first. */
    CREATED_FIRST("create_time DESC, id"),
    /** Most recently seen first (by their latest capture). */
    LAST_SEEN_FIRST("last_time DESC, id"),
    /** By archive ID. */
    BY_ID("id");

    private final String sql;

    ArchiveOrder(String sql) {
        this.sql = sql;
    }

    String sql() { return sql; }
}
