package org.judang.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.ArchiveFilter;
import org.judang.engine.CaseSession;
import org.judang.engine.Workstation;
import org.judang.engine.archive.CorrectionResult;
import org.judang.engine.archive.Corrections;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.Camera;
import org.judang.engine.model.GeoRect;
import org.judang.engine.model.ObjectRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * {@code judang bench library}: latency of the archive library's queries and corrections on an existing case, each
 * run many times with random arguments drawn from the case; prints the median and 95th percentile per operation.
 * Every correction is undone straight after (the undo is timed too), so the case ends as it began.
 */
@Command(name = "library", description = {"Query and correction latency (median, p95) on an existing case, e.g. one made by",
        "'bench cluster --work DIR'. Corrections are undone afterwards."}, mixinStandardHelpOptions = true)
final class LibraryBench implements Runnable {
    @Option(names = "--case", required = true, paramLabel = "DIR") Path caseDir;
    @Option(names = "--repeat", defaultValue = "100", paramLabel = "N", description = "Runs of each query (default ${DEFAULT-VALUE}).") int repeat;
    @Option(names = "--corrections", defaultValue = "20", paramLabel = "N", description = "Runs of each correction (default ${DEFAULT-VALUE}).") int corrections;
    @Option(names = "--seed", defaultValue = "1") long seed;
    @Spec CommandSpec spec;

    private PrintWriter out;

    @Override
    public void run() {
        out = spec.commandLine().getOut();
        if (!Files.isDirectory(caseDir)) throw new UserException("no case at " + caseDir);
        SplittableRandom rng = new SplittableRandom(seed);
        try (CaseSession s = Workstation.openCase(caseDir)) {
            long records = s.overview().records();
            // draw the arguments first, so the timings hold only the operations
            List<Archive> persons = s.archives(ArchiveFilter.all().withKind(ArchiveKind.PERSON).withMinSize(3), 0, 2000);
            List<Archive> vehicles = s.archives(ArchiveFilter.all().withKind(ArchiveKind.VEHICLE).withMinSize(2), 0, 2000);
            List<Archive> any = s.archives(ArchiveFilter.all(), 0, 5000);
            if (persons.size() < 4 || any.size() < 4) throw new UserException("the case has too few archives to measure");
            List<Camera> cameras = s.cameras();
            long first = any.stream().filter(a -> a.firstTime() != null).mapToLong(Archive::firstTime).min().orElse(0);
            long last = any.stream().filter(a -> a.lastTime() != null).mapToLong(Archive::lastTime).max().orElse(first);
            List<String> plates = vehicles.stream().map(Archive::plate).filter(p -> p != null && p.length() > 3).toList();

            time("archives_first_page", records, i -> s.archives(ArchiveFilter.all(), 0, 100));
            time("archives_count", records, i -> s.countArchives(ArchiveFilter.all().withMinSize(2)));
            time("archives_by_time_range", records, i -> {
                long from = first + (long) (rng.nextDouble() * Math.max(1, last - first));
                s.archives(ArchiveFilter.all().withTimeRange(from, from + 7200), 0, 100);
            });
            if (!cameras.isEmpty()) {
                time("archives_by_camera", records, i -> s.archives(ArchiveFilter.all().withDevice(pick(cameras, rng).apeId()), 0, 100));
                time("archives_by_area", records, i -> {
                    Camera c = pick(cameras, rng);
                    s.archives(ArchiveFilter.all().withArea(new GeoRect(c.longitude() - 0.01, c.latitude() + 0.01, c.longitude() + 0.01, c.latitude() - 0.01)), 0, 100);
                });
            }
            if (!plates.isEmpty()) {
                time("archives_by_plate_exact", records, i -> s.archives(ArchiveFilter.all().withPlate(pick(plates, rng)), 0, 100));
                time("archives_by_plate_fuzzy", records, i -> {
                    String p = pick(plates, rng);
                    s.archives(ArchiveFilter.all().withPlate(p.substring(0, p.length() - 2) + "*"), 0, 100);
                });
            }
            time("archives_by_text", records, i -> s.archives(ArchiveFilter.all().withText(pick(any, rng).id().substring(0, 30)), 0, 100));
            time("archives_real_name", records, i -> s.archives(ArchiveFilter.all().withRealName(true), 0, 100));
            time("members", records, i -> s.members(pick(persons, rng).id()));
            time("trajectory", records, i -> s.trajectory(pick(persons, rng).id()));
            time("companions", records, i -> s.companions(pick(persons, rng).id(), 60, 20));
            time("search_by_record", records, i -> {
                List<ObjectRecord> m = s.members(pick(persons, rng).id());
                s.searchByRecord(m.get(0).id(), 0.3, 20);
            });

            Corrections c = s.corrections();
            timeCorrection("merge", records, c, () -> {
                Archive a = pick(persons, rng), b = pick(persons, rng);
                while (b.id().equals(a.id())) b = pick(persons, rng);
                return c.merge(List.of(a.id(), b.id()), a.id());
            });
            timeCorrection("split", records, c, () -> {
                List<ObjectRecord> m = s.members(pick(persons, rng).id());
                return c.split(List.of(m.get(0).id()));
            });
            timeCorrection("move", records, c, () -> {
                Archive from = pick(persons, rng), to = pick(persons, rng);
                while (to.id().equals(from.id())) to = pick(persons, rng);
                return c.move(List.of(s.members(from.id()).get(0).id()), to.id());
            });
        }
    }

    private static <T> T pick(List<T> list, SplittableRandom rng) {
        return list.get(rng.nextInt(list.size()));
    }

    private void time(String name, long records, IntConsumer op) {
        op.accept(-1); // warm-up
        long[] nanos = new long[repeat];
        for (int i = 0; i < repeat; i++) {
            long t0 = System.nanoTime();
            op.accept(i);
            nanos[i] = System.nanoTime() - t0;
        }
        print(name, records, nanos, null);
    }

    private interface Correction { CorrectionResult apply(); }

    private void timeCorrection(String name, long records, Corrections c, Correction op) {
        long[] nanos = new long[corrections], undo = new long[corrections];
        for (int i = 0; i < corrections; i++) {
            long t0 = System.nanoTime();
            op.apply();
            long t1 = System.nanoTime();
            c.undo().orElseThrow();
            undo[i] = System.nanoTime() - t1;
            nanos[i] = t1 - t0;
        }
        print(name, records, nanos, undo);
    }

    private void print(String name, long records, long[] nanos, long[] undo) {
        ObjectNode o = BenchCommand.json("library");
        o.put("op", name);
        o.put("case_records", records);
        o.put("runs", nanos.length);
        o.put("median_ms", BenchCommand.round(percentile(nanos, 0.5) / 1e6));
        o.put("p95_ms", BenchCommand.round(percentile(nanos, 0.95) / 1e6));
        if (undo != null) {
            o.put("undo_median_ms", BenchCommand.round(percentile(undo, 0.5) / 1e6));
            o.put("undo_p95_ms", BenchCommand.round(percentile(undo, 0.95) / 1e6));
        }
        out.println(o);
        out.flush();
    }

    private static double percentile(long[] values, double q) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) Math.ceil(q * v.length) - 1)];
    }
}
