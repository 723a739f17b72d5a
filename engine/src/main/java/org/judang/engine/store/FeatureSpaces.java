package org.judang.engine.store;

import org.judang.engine.model.FeatureSpace;
import org.judang.engine.model.ObjectType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code feature_spaces} and {@code space_settings} tables. */
public final class FeatureSpaces {
    private FeatureSpaces() {}

    public static List<FeatureSpace> all(Connection c) throws SQLException {
        List<FeatureSpace> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, object_type, vendor, algorithm, dimension, vector_count FROM feature_spaces ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(read(rs));
        }
        return out;
    }

    public static Optional<FeatureSpace> byId(Connection c, int id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, object_type, vendor, algorithm, dimension, vector_count FROM feature_spaces WHERE id=?")) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Spaces of this type, vendor and algorithm, whatever their dimension. */
    public static List<FeatureSpace> byAlgorithm(Connection c, ObjectType type, String vendor, String algorithm) throws SQLException {
        List<FeatureSpace> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, object_type, vendor, algorithm, dimension, vector_count FROM feature_spaces "
                + "WHERE object_type=? AND vendor=? AND algorithm=? ORDER BY id")) {
            ps.setString(1, type.name());
            ps.setString(2, vendor);
            ps.setString(3, algorithm);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
        }
        return out;
    }

    /** Finds the space or creates it (inside the caller's transaction). */
    public static FeatureSpace findOrCreate(Connection c, ObjectType type, String vendor, String algorithm, int dimension) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, object_type, vendor, algorithm, dimension, vector_count FROM feature_spaces "
                + "WHERE object_type=? AND vendor=? AND algorithm=? AND dimension=?")) {
            ps.setString(1, type.name());
            ps.setString(2, vendor);
            ps.setString(3, algorithm);
            ps.setInt(4, dimension);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) return read(rs);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO feature_spaces(object_type, vendor, algorithm, dimension, vector_count) VALUES (?,?,?,?,0)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, type.name());
            ps.setString(2, vendor);
            ps.setString(3, algorithm);
            ps.setInt(4, dimension);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new FeatureSpace(keys.getInt(1), type, vendor, algorithm, dimension, 0);
            }
        }
    }

    /** Records the committed vector count of a space (in the same transaction as the rows that use them). */
    public static void setVectorCount(Connection c, int spaceId, long count) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE feature_spaces SET vector_count=? WHERE id=?")) {
            ps.setLong(1, count);
            ps.setInt(2, spaceId);
            ps.executeUpdate();
        }
    }

    /** Deletes a space nothing refers to any more (its settings go with it): undoes a cancelled import that created it. */
    public static void delete(Connection c, int spaceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM space_settings WHERE space_id=?")) {
            ps.setInt(1, spaceId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM feature_spaces WHERE id=?")) {
            ps.setInt(1, spaceId);
            ps.executeUpdate();
        }
    }

    public static Optional<Double> threshold(Connection c, int spaceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT threshold FROM space_settings WHERE space_id=?")) {
            ps.setInt(1, spaceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    double t = rs.getDouble(1);
                    return rs.wasNull() ? Optional.empty() : Optional.of(t);
                }
                return Optional.empty();
            }
        }
    }

    public static void setThreshold(Connection c, int spaceId, double threshold, String method, long now) throws SQLException {
        setThreshold(c, spaceId, threshold, method, null, now);
    }

    /** Remembers a space's threshold and, when known, the mean similarity of strangers that the estimate saw. */
    public static void setThreshold(Connection c, int spaceId, double threshold, String method, Double strangerMean, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO space_settings(space_id, threshold, method, updated, stranger_mean) VALUES (?,?,?,?,?) "
                + "ON CONFLICT(space_id) DO UPDATE SET threshold=excluded.threshold, method=excluded.method, updated=excluded.updated, "
                + "stranger_mean=coalesce(excluded.stranger_mean, space_settings.stranger_mean)")) {
            ps.setInt(1, spaceId);
            ps.setDouble(2, threshold);
            ps.setString(3, method);
            ps.setLong(4, now);
            if (strangerMean == null) ps.setNull(5, java.sql.Types.REAL); else ps.setDouble(5, strangerMean);
            ps.executeUpdate();
        }
    }

    /** The mean similarity between strangers in a space, as its last estimate saw it. */
    public static Optional<Double> strangerMean(Connection c, int spaceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT stranger_mean FROM space_settings WHERE space_id=?")) {
            ps.setInt(1, spaceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                double v = rs.getDouble(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(v);
            }
        }
    }

    private static FeatureSpace read(ResultSet rs) throws SQLException {
        return new FeatureSpace(rs.getInt(1), ObjectType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getLong(6));
    }
}
