package org.judang.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.ArchiveFilter;
import org.judang.engine.CaseSession;
import org.judang.engine.archive.ArchiveMatch;
import org.judang.engine.archive.Companion;
import org.judang.engine.archive.CorrectionException;
import org.judang.engine.archive.MergeSuggestion;
import org.judang.engine.archive.RealName;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.CaseTime;
import org.judang.engine.model.GeoRect;
import org.judang.engine.model.TrajectoryPoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;

/** Questions about a case: {@code query, trajectory, companions, search, suggestions, answer, realname}. */
final class QueryCommands {
    private static final ObjectMapper JSON = new ObjectMapper();

    private QueryCommands() {}

    static Long time(String s, String option) {
        if (s == null) return null;
        return CaseTime.parse(s).orElseThrow(() -> new UsageException(option + " takes a time as yyyyMMddHHmmss, got '" + s + "'"));
    }

    @Command(name = "query", description = {"Find archives by time, camera, area, plate, name or ID number, real-name state, size, status.",
            "Paged; prints the total."}, mixinStandardHelpOptions = true)
    static final class Query implements Runnable {
        @Mixin CaseOptions c;
        @Option(names = "--kind", paramLabel = "KIND") ArchiveKind kind;
        @Option(names = "--from", paramLabel = "TIME", description = "Seen at or after (yyyyMMddHHmmss).") String from;
        @Option(names = "--to", paramLabel = "TIME", description = "Seen at or before (yyyyMMddHHmmss).") String to;
        @Option(names = "--camera", paramLabel = "APEID") String camera;
        @Option(names = "--area", paramLabel = "LON1,LAT1,LON2,LAT2", split = ",", description = "Seen by a camera inside this rectangle.") List<Double> area;
        @Option(names = "--plate", paramLabel = "PLATE", description = "Exact, through OCR confusions, or with * and ? wildcards.") String plate;
        @Option(names = "--text", paramLabel = "TEXT", description = "Archive ID, plate, name, or a known person's name or ID number.") String text;
        @Option(names = "--real-name", paramLabel = "yes|no", description = "Only real-name (yes) or unnamed (no) archives.") String realName;
        @Option(names = "--min-size", defaultValue = "0", paramLabel = "N") int minSize;
        @Option(names = "--status", paramLabel = "STATUS") ArchiveStatus status;
        @Option(names = "--offset", defaultValue = "0", paramLabel = "N") int offset;
        @Option(names = "--limit", defaultValue = "20", paramLabel = "N") int limit;
        @Option(names = "--json") boolean json;
        @Spec CommandSpec spec;

        @Override
        public void run() {
            if (area != null && area.size() != 4) throw new UsageException("--area takes four numbers: LON1,LAT1,LON2,LAT2");
            if (realName != null && !List.of("yes", "no").contains(realName)) throw new UsageException("--real-name takes yes or no");
            if (offset < 0 || limit < 0 || minSize < 0) throw new UsageException("--offset, --limit and --min-size must not be negative");
            ArchiveFilter f = ArchiveFilter.all().withKind(kind).withMinSize(minSize).withStatus(status).withText(text).withDevice(camera)
                    .withTimeRange(time(from, "--from"), time(to, "--to")).withPlate(plate)
                    .withRealName(realName == null ? null : realName.equals("yes"))
                    .withArea(area == null ? null : new GeoRect(area.get(0), area.get(1), area.get(2), area.get(3)));
            PrintWriter out = spec.commandLine().getOut();
            try (CaseSession s = c.open()) {
                List<Archive> page = s.archives(f, offset, limit);
                long total = s.countArchives(f);
                if (json) {
                    ObjectNode n = JSON.createObjectNode();
                    n.put("total", total);
                    n.put("offset", offset);
                    n.set("archives", read(ArchivesCommand.toJson(page)));
                    out.println(n);
                } else {
                    for (Archive a : page) {
                        String label = s.realName(a.id()).map(RealName::name).orElse(a.name() != null ? a.name() : a.plate() != null ? a.plate() : "");
                        out.printf("%s  %-7s %6d records  %s .. %s  %s%n", a.id(), a.kind(), a.recordCount(),
                                a.firstTime() == null ? "-" : CaseTime.format(a.firstTime()), a.lastTime() == null ? "-" : CaseTime.format(a.lastTime()), label);
                    }
                    out.println(total + " archive" + (total == 1 ? "" : "s") + " match" + (total == 1 ? "es" : "") + "; showing " + offset + ".."
                            + (offset + page.size()));
                }
            }
        }
    }

    @Command(name = "trajectory", description = "An archive's captures in time order, with camera and place.", mixinStandardHelpOptions = true)
    static final class Trajectory implements Runnable {
        @Mixin CaseOptions c;
        @Parameters(index = "1", paramLabel = "ARCHIVE") String archive;
        @Option(names = "--json") boolean json;
        @Spec CommandSpec spec;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            try (CaseSession s = c.open()) {
                if (s.archive(archive).isEmpty()) throw new UserException("No archive " + archive + " in this case.");
                List<TrajectoryPoint> path = s.trajectory(archive);
                if (json) {
                    out.println(JSON.valueToTree(path));
                    return;
                }
                for (TrajectoryPoint p : path) {
                    out.printf("%s  %-14s %-20s %-24s %s%n", p.time() == null ? "-" : CaseTime.format(p.time()), p.type(), p.deviceId(),
                            p.cameraName() == null ? "" : p.cameraName(), Double.isNaN(p.longitude()) ? "" : String.format("%.5f,%.5f", p.longitude(), p.latitude()));
                }
            }
        }
    }

    @Command(name = "companions", description = "Archives seen with this one (同行): same camera, within a time window.", mixinStandardHelpOptions = true)
    static final class Companions implements Runnable {
        @Mixin CaseOptions c;
        @Parameters(index = "1", paramLabel = "ARCHIVE") String archive;
        @Option(names = "--window", defaultValue = "60", paramLabel = "SECONDS", description = "Default ${DEFAULT-VALUE} s.") long window;
        @Option(names = "--limit", defaultValue = "20", paramLabel = "N") int limit;
        @Option(names = "--json") boolean json;
        @Spec CommandSpec spec;

        @Override
        public void run() {
            if (window < 0 || limit < 0) throw new UsageException("--window and --limit must not be negative");
            PrintWriter out = spec.commandLine().getOut();
            try (CaseSession s = c.open()) {
                if (s.archive(archive).isEmpty()) throw new UserException("No archive " + archive + " in this case.");
                List<Companion> list = s.companions(archive, window, limit);
                if (json) {
                    out.println(JSON.valueToTree(list));
                    return;
                }
                if (list.isEmpty()) out.println("Nobody was seen with " + archive + " within " + window + " s.");
                for (Companion k : list) {
                    out.printf("%s  together %3d times  %s .. %s%n", k.archiveId(), k.together(), CaseTime.format(k.first()), CaseTime.format(k.last()));
                }
            }
        }
    }

    @Command(name = "search", description = {"Search by image (以图搜档): the archives closest to a record's feature, or to the captures",
            "of a file from elsewhere (a GA/T 1400 message body with their features, e.g. probe.json)."}, mixinStandardHelpOptions = true)
    static final class Search implements Runnable {
        @Mixin CaseOptions c;
        @Parameters(index = "1", paramLabel = "RECORD|FILE", description = "A capture of the case, or a .json file of captures with features.") String record;
        @Option(names = "--threshold", defaultValue = "0.3", paramLabel = "T") double threshold;
        @Option(names = "--limit", defaultValue = "10", paramLabel = "N") int limit;
        @Option(names = "--json") boolean json;
        @Spec CommandSpec spec;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            try (CaseSession s = c.open()) {
                List<ArchiveMatch> hits;
                try {
                    java.nio.file.Path file = java.nio.file.Path.of(record);
                    if (record.toLowerCase(java.util.Locale.ROOT).endsWith(".json") && java.nio.file.Files.isRegularFile(file)) {
                        var probes = s.probesIn(file);
                        probes.skipped().forEach(why -> spec.commandLine().getErr().println("not searched with: " + why));
                        hits = s.searchByProbes(probes.probes(), threshold, limit);
                        if (hits.size() > limit) hits = hits.subList(0, limit);
                    } else {
                        hits = s.searchByRecord(record, threshold, limit);
                    }
                } catch (IllegalArgumentException e) {
                    throw new UserException(e.getMessage());
                }
                if (json) {
                    ArrayNode arr = JSON.createArrayNode();
                    for (ArchiveMatch m : hits) arr.addObject().put("archiveId", m.archive().id()).put("similarity", m.similarity()).put("records", m.archive().recordCount());
                    out.println(arr);
                    return;
                }
                for (ArchiveMatch m : hits) out.printf("%s  similarity %.3f  %5d records%n", m.archive().id(), m.similarity(), m.archive().recordCount());
            }
        }
    }

    @Command(name = "suggestions", description = "Merge suggestions: archive pairs that may be one identity, most similar first.", mixinStandardHelpOptions = true)
    static final class Suggestions implements Runnable {
        @Mixin CaseOptions c;
        @Option(names = "--limit", defaultValue = "20", paramLabel = "N") int limit;
        @Option(names = "--refresh", description = "Look for suggestions again first.") boolean refresh;
        @Option(names = "--json") boolean json;
        @Spec CommandSpec spec;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            try (CaseSession s = c.open()) {
                if (refresh) s.refreshSuggestions(org.judang.engine.task.ProgressListener.NONE, org.judang.engine.task.CancellationToken.none());
                List<MergeSuggestion> list = s.suggestions(0, limit);
                if (json) {
                    out.println(JSON.valueToTree(list));
                    return;
                }
                for (MergeSuggestion m : list) out.printf("%s  %s  similarity %.3f%n", m.a(), m.b(), m.similarity());
                out.println(s.countSuggestions() + " open; answer with: judang answer DIR A B yes|no|not-sure");
            }
        }
    }

    @Command(name = "answer", description = "Answer a merge suggestion: yes merges, no keeps them apart for good, not-sure sets it aside.", mixinStandardHelpOptions = true)
    static final class Answer implements Runnable {
        @Mixin CaseOptions c;
        @Parameters(index = "1", paramLabel = "A") String a;
        @Parameters(index = "2", paramLabel = "B") String b;
        @Parameters(index = "3", paramLabel = "yes|no|not-sure") String answer;
        @Mixin CorrectionCommands.Output o;
        @Spec CommandSpec spec;

        @Override
        public void run() {
            MergeSuggestion.Answer ans = switch (answer) {
                case "yes" -> MergeSuggestion.Answer.YES;
                case "no" -> MergeSuggestion.Answer.NO;
                case "not-sure" -> MergeSuggestion.Answer.NOT_SURE;
                default -> throw new UsageException("the answer is yes, no or not-sure, got '" + answer + "'");
            };
            CorrectionCommands.run(c, o, spec, k -> java.util.Optional.of(k.answer(new MergeSuggestion(a, b, 0), ans)), "");
        }
    }

    @Command(name = "realname", description = "Real-name archives (实名): list them, or confirm / reject one match.", mixinStandardHelpOptions = true)
    static final class RealNames implements Runnable {
        @Mixin CaseOptions c;
        @Option(names = "--confirm", paramLabel = "ARCHIVE") String confirm;
        @Option(names = "--reject", paramLabel = "ARCHIVE") String reject;
        @Option(names = "--match", description = "Match the gallery against the archives again first.") boolean match;
        @Spec CommandSpec spec;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            try (CaseSession s = c.open()) {
                if (match) s.matchGallery();
                String judged = confirm != null ? confirm : reject;
                if (judged != null) {
                    RealName rn = s.realName(judged).orElseThrow(() -> new UserException("Archive " + judged + " has no real-name match."));
                    try {
                        out.println(s.corrections().judgeRealName(judged, rn.galleryId(), confirm != null).summary());
                    } catch (CorrectionException e) {
                        throw new UserException(e.getMessage());
                    }
                    return;
                }
                for (Archive a : s.archives(ArchiveFilter.all().withRealName(true), 0, Integer.MAX_VALUE)) {
                    RealName rn = s.realName(a.id()).orElseThrow();
                    out.printf("%s  %-8s %s  %s  similarity %.3f  %s%n", a.id(), rn.name(), rn.idType(), rn.idNumber(), rn.similarity(), rn.state());
                }
            }
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
