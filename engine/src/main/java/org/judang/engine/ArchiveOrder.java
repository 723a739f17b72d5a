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
    private final String reversedSql;

    ArchiveOrder(String sql) {
        this.sql = sql;
        this.reversedSql = java.util.Arrays.stream(sql.split(","))
                .map(String::strip)
                .map(t -> t.endsWith(" DESC") ? t.substring(0, t.length() - 5) + " ASC" : t.endsWith(" ASC") ? t.substring(0, t.length() - 4) + " DESC" : t + " DESC")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    String sql() { return sql; }

    /** The same order backwards, term by term (SQLite's NULLs, the smallest values, come first one way and last the other). */
    String reversedSql() { return reversedSql; }
}
