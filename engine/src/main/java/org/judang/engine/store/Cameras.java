package org.judang.engine.store;

import org.judang.engine.model.Camera;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The {@code cameras} table ({@code APEObject}s). */
public final class Cameras {
    private Cameras() {}

    /** Inserts or updates a camera; returns false when it was already stored exactly so. */
    public static boolean upsert(Connection c, Camera cam, String raw) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT raw FROM cameras WHERE ape_id=?")) {
            ps.setString(1, cam.apeId());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && Objects.equals(rs.getString(1), raw)) return false;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cameras(ape_id, name, longitude, latitude, place_code, raw) VALUES (?,?,?,?,?,?) "
                + "ON CONFLICT(ape_id) DO UPDATE SET name=excluded.name, longitude=excluded.longitude, latitude=excluded.latitude, "
                + "place_code=excluded.place_code, raw=excluded.raw")) {
            ps.setString(1, cam.apeId());
            ps.setString(2, cam.name());
            setDouble(ps, 3, cam.longitude());
            setDouble(ps, 4, cam.latitude());
            ps.setString(5, cam.placeCode());
            ps.setString(6, raw);
            ps.executeUpdate();
        }
        return true;
    }

    /** The camera's object as last stored, if the camera is known. */
    public static Optional<String> raw(Connection c, String apeId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT raw FROM cameras WHERE ape_id=?")) {
            ps.setString(1, apeId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Forgets a camera: undoes a cancelled import that added it. */
    public static void delete(Connection c, String apeId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM cameras WHERE ape_id=?")) {
            ps.setString(1, apeId);
            ps.executeUpdate();
        }
    }

    public static List<Camera> all(Connection c) throws SQLException {
        List<Camera> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ape_id, name, longitude, latitude, place_code FROM cameras ORDER BY ape_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                double lon = rs.getDouble(3);
                if (rs.wasNull()) lon = Double.NaN;
                double lat = rs.getDouble(4);
                if (rs.wasNull()) lat = Double.NaN;
                out.add(new Camera(rs.getString(1), rs.getString(2), lon, lat, rs.getString(5)));
            }
        }
        return out;
    }

    private static void setDouble(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isNaN(v)) ps.setNull(i, Types.REAL);
        else ps.setDouble(i, v);
    }
}
