package org.judang.engine.ingest;

import org.judang.engine.store.CaseStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a case holds, in a form two moments can be compared by: table contents and vector file sizes. */
record CaseSnapshot(List<String> rows, TreeMap<String, Long> vectorFiles) {
    private static final List<String> QUERIES = List.of(
            "SELECT id, object_type, space_id, ordinal, content_hash, batch_seq FROM records ORDER BY id",
            "SELECT record_id, related_id FROM relations ORDER BY record_id, related_id",
            "SELECT id, space_id, content_hash, batch_seq FROM gallery ORDER BY id",
            "SELECT seq, fingerprint, report IS NULL FROM batches ORDER BY seq",
            "SELECT ape_id, raw FROM cameras ORDER BY ape_id",
            "SELECT id, object_type, vendor, algorithm, dimension, vector_count FROM feature_spaces ORDER BY id");

    static CaseSnapshot of(CaseStore store) {
        List<String> rows = store.db().read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                for (String q : QUERIES) {
                    out.add("-- " + q);
                    try (ResultSet rs = s.executeQuery(q)) {
                        int n = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            StringBuilder sb = new StringBuilder();
                            for (int i = 1; i <= n; i++) sb.append(rs.getString(i)).append('|');
                            out.add(sb.toString());
                        }
                    }
                }
            }
            return out;
        });
        TreeMap<String, Long> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(store.folder().vectors())) {
            for (Path p : list.toList()) files.put(p.getFileName().toString(), Files.size(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CaseSnapshot(rows, files);
    }
}
