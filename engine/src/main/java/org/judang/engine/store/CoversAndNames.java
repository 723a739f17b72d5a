package org.judang.engine.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a page of archive tiles shows besides the archives' own rows: each archive's cover crop and its best known
 * person, for the whole page in one query (a look-up per archive and per column costs more than the page's rows).
 */
public final class CoversAndNames {
    private CoversAndNames() {}

    /** An archive's cover crop (stored image key, null without one) and best match that is not rejected (null if none). */
    public record Row(String archiveId, String coverImage, RealNames.Row realName) {}

    /** Archives of a page share one statement; SQLite allows many more parameters than a page has. */
    private static final int MAX_IDS = 10_000;

    // one row per archive and match, best match first; columns by position (a look-up by name costs per cell)
    private static final String SELECT = "SELECT a.id, rec.crop_image, n.gallery_id, n.similarity, n.state, g.name, g.id_type, g.id_number "
            + "FROM archives a LEFT JOIN records rec ON rec.id = a.cover_record "
            + "LEFT JOIN realname n ON n.archive_id = a.id AND n.state <> 'REJECTED' LEFT JOIN gallery g ON g.id = n.gallery_id "
            + "WHERE a.id IN (%s) ORDER BY a.id, n.similarity DESC";

    /** The rows of the archives given that exist, by archive ID. */
    public static Map<String, Row> of(Connection c, List<String> archiveIds) throws SQLException {
        if (archiveIds.isEmpty()) return Map.of();
        Map<String, Row> out = new HashMap<>(archiveIds.size() * 2);
        for (int from = 0; from < archiveIds.size(); from += MAX_IDS) {
            List<String> ids = archiveIds.subList(from, Math.min(archiveIds.size(), from + MAX_IDS));
            String sql = String.format(SELECT, String.join(",", Collections.nCopies(ids.size(), "?")));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < ids.size(); i++) ps.setString(i + 1, ids.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String archive = rs.getString(1);
                        if (out.containsKey(archive)) continue; // a weaker match of the same archive
                        String gallery = rs.getString(3);
                        RealNames.Row name = gallery == null ? null
                                : new RealNames.Row(archive, gallery, rs.getDouble(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
                        out.put(archive, new Row(archive, rs.getString(2), name));
                    }
                }
            }
        }
        return out;
    }
}
