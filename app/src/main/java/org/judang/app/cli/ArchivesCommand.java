package org.judang.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.ArchiveFilter;
import org.judang.engine.CaseSession;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.CaseTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;

/** {@code judang archives DIR [--json]}. */
@Command(name = "archives", description = "List archives with their basic information, largest first.", mixinStandardHelpOptions = true)
final class ArchivesCommand implements Runnable {
    @Mixin CaseOptions c;
    @Option(names = "--json", description = "Print a JSON array.") boolean json;
    @Option(names = "--kind", paramLabel = "KIND", description = "Only PERSON, VEHICLE or OBJECT archives.") ArchiveKind kind;
    @Option(names = "--min-size", paramLabel = "N", defaultValue = "0", description = "Only archives with at least N records.") int minSize;
    @Option(names = "--search", paramLabel = "TEXT", description = "Archive ID (or its start), plate or name.") String search;
    @Option(names = "--status", paramLabel = "STATUS", description = "AUTOMATIC, CONFIRMED or HIDDEN (default: all but hidden).") ArchiveStatus status;
    @Option(names = "--camera", paramLabel = "APEID", description = "Only archives seen by this camera.") String camera;
    @Option(names = "--limit", paramLabel = "N", description = "At most N archives (default: 50 as text, all as JSON).") Integer limit;
    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N archives.") int offset;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        if (minSize < 0 || offset < 0 || (limit != null && limit < 0)) throw new UsageException("--min-size, --offset and --limit must not be negative");
        PrintWriter out = spec.commandLine().getOut();
        int lim = limit != null ? limit : json ? Integer.MAX_VALUE : 50;
        try (CaseSession s = c.open()) {
            ArchiveFilter filter = ArchiveFilter.all().withKind(kind).withMinSize(minSize).withStatus(status).withText(search).withDevice(camera);
            List<Archive> list = s.archives(filter, offset, lim);
            if (json) {
                out.println(toJson(list));
                return;
            }
            out.printf("%-48s  %-7s  %-17s  %6s  %-14s  %-14s  %-10s  %5s%n", "ARCHIVE", "KIND", "TYPE", "COUNT", "FIRST SEEN", "LAST SEEN", "PLATE/NAME", "CONF");
            for (Archive a : list) {
                String label = a.name() != null ? a.name() : a.plate() != null ? a.plate() : "";
                out.printf("%-48s  %-7s  %-17s  %6d  %-14s  %-14s  %-10s  %5.2f%n", a.id(), a.kind(), a.primaryType(), a.recordCount(),
                        time(a.firstTime()), time(a.lastTime()), label, a.confidence());
            }
            long total = s.countArchives(filter);
            if (offset + list.size() < total) out.println("… " + (total - offset - list.size()) + " more (use --offset / --limit, or --json for all)");
        }
    }

    private static String time(Long t) { return t == null ? "-" : CaseTime.format(t); }

    static String toJson(List<Archive> list) {
        ObjectMapper m = new ObjectMapper();
        ArrayNode arr = m.createArrayNode();
        for (Archive a : list) {
            ObjectNode o = arr.addObject();
            o.put("archiveId", a.id());
            o.put("kind", a.kind().name());
            o.put("primaryType", a.primaryType().name());
            o.put("records", a.recordCount());
            o.put("coverRecordId", a.coverRecordId());
            o.put("firstSeen", a.firstTime() == null ? null : CaseTime.format(a.firstTime()));
            o.put("lastSeen", a.lastTime() == null ? null : CaseTime.format(a.lastTime()));
            o.put("firstDevice", a.firstDevice());
            o.put("lastDevice", a.lastDevice());
            o.put("similarityDegree", Math.round(a.similarityDegree() * 10000) / 10000.0);
            o.put("confidence", Math.round(a.confidence() * 10000) / 10000.0);
            o.put("status", a.status().name());
            o.put("plate", a.plate());
            o.put("name", a.name());
        }
        try {
            return m.writeValueAsString(arr);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
