package org.judang.engine.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code audit} table: every change to the case, manual or automatic, with what undo and redo replay. */
public final class Audit {
    private Audit() {}

    /** One entry; {@code changes} is the change set as JSON, {@code state} DONE or UNDONE. */
    public record Entry(long seq, long time, String actor, boolean manual, String action, String summary, String changes, String state) {}

    public static long append(Connection c, long time, String actor, boolean manual, String action, String summary, String changes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit(time, actor, manual, action, summary, changes) VALUES (?,?,?,?,?,?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, time);
            ps.setString(2, actor);
            ps.setInt(3, manual ? 1 : 0);
            ps.setString(4, action);
            ps.setString(5, summary);
            ps.setString(6, changes);
            ps.executeUpdate();
            try (ResultSet k = ps.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    public static void setState(Connection c, long seq, String state) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE audit SET state=? WHERE seq=?")) {
            ps.setString(1, state);
            ps.setLong(2, seq);
            ps.executeUpdate();
        }
    }

    /** The newest manual entry still done: what Undo undoes. */
    public static Optional<Entry> lastDone(Connection c) throws SQLException {
        return one(c, "WHERE manual=1 AND state='DONE' AND action NOT IN ('UNDO','REDO') ORDER BY seq DESC LIMIT 1");
    }

    /**
     * The oldest manual entry undone since the newest correction: what Redo redoes. A new correction after an undo
     * ends the redo chain, as in every editor.
     */
    public static Optional<Entry> nextUndone(Connection c) throws SQLException {
        return one(c, "WHERE manual=1 AND state='UNDONE' AND seq > coalesce((SELECT max(seq) FROM audit WHERE manual=1 AND state='DONE' "
                + "AND action NOT IN ('UNDO','REDO')), 0) ORDER BY seq ASC LIMIT 1");
    }

    public static Optional<Entry> bySeq(Connection c, long seq) throws SQLException {
        return one(c, "WHERE seq=" + seq);
    }

    public static List<Entry> page(Connection c, int offset, int limit) throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, time, actor, manual, action, summary, changes, state FROM audit ORDER BY seq DESC LIMIT ? OFFSET ?")) {
            ps.setInt(1, limit);
            ps.setInt(2, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
        }
        return out;
    }

    private static Optional<Entry> one(Connection c, String tail) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, time, actor, manual, action, summary, changes, state FROM audit " + tail);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(read(rs)) : Optional.empty();
        }
    }

    private static Entry read(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4) != 0, rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
