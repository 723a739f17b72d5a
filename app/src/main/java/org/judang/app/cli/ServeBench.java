package org.judang.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.app.http.LocalInterface;
import org.judang.engine.ArchiveFilter;
import org.judang.engine.ArchiveOrder;
import org.judang.engine.CaseSession;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ObjectRecord;
import org.judang.engine.model.ObjectType;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * {@code judang bench serve}: concurrent clients running the query paths of the local interface over a clustered case;
 * the latency of each path as seen by a client (median and 95th percentile).
 */
final class ServeBench {
    /** A query path and how to make one request of it. */
    private record Endpoint(String name, Function<Random, HttpRequest.Builder> request) {}

    private final CaseSession session;
    private final int clients;
    private final int requestsPerClient;
    /** Milliseconds between the writer's changes while the clients run; 0 for none. */
    private final int writeEveryMs;
    private final List<String> persons;
    private final List<String> vehicles;
    private final List<String> faces;

    ServeBench(CaseSession session, int clients, int requestsPerClient, int writeEveryMs) {
        this.session = session;
        this.clients = clients;
        this.requestsPerClient = requestsPerClient;
        this.writeEveryMs = writeEveryMs;
        this.persons = ids(ArchiveKind.PERSON);
        this.vehicles = ids(ArchiveKind.VEHICLE);
        this.faces = new ArrayList<>();
        for (String p : persons.subList(0, Math.min(200, persons.size()))) {
            session.members(p).stream().filter(r -> r.type() == ObjectType.FACE).limit(1).map(ObjectRecord::id).forEach(faces::add);
        }
        if (persons.isEmpty() || vehicles.isEmpty() || faces.isEmpty()) throw new UserException("the generated case has no person or vehicle archive to query");
    }

    private List<String> ids(ArchiveKind kind) {
        return session.archives(ArchiveFilter.all().withKind(kind), ArchiveOrder.BY_ID, 0, 5000).stream().map(Archive::id).toList();
    }

    /** Runs the clients and prints one JSON line per path. */
    void run(PrintWriter out) {
        try (LocalInterface server = LocalInterface.start(session, 0)) {
            URI base = server.url();
            List<Endpoint> endpoints = endpoints(base);
            Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
            // one round of every path first, not timed: a server that has been running has compiled its code and
            // loaded what a search by image compares against (a second or more at a million records)
            client(endpoints, new Random(-1), endpoints.size(), new ConcurrentHashMap<>());
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long t0 = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int seed = c;
                done.add(pool.submit(() -> client(endpoints, new Random(seed), requestsPerClient, nanos)));
            }
            // a person at work beside the clients: each change is a commit, after which nothing read before is reused
            java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
            java.util.concurrent.atomic.AtomicInteger writes = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicReference<RuntimeException> writeFailure = new java.util.concurrent.atomic.AtomicReference<>();
            String run = java.time.Instant.now().toString();
            Thread writer = new Thread(() -> {
                var corrections = session.corrections("bench");
                while (running.get() && writeEveryMs > 0) {
                    try {
                        corrections.setNotes(persons.get(writes.get() % persons.size()), "bench serve " + run + " #" + writes.incrementAndGet());
                    } catch (RuntimeException e) {
                        writeFailure.set(e);
                        return;
                    }
                    try {
                        Thread.sleep(writeEveryMs);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-writer");
            writer.start();
            try {
                for (Future<?> f : done) f.get();
            } finally {
                running.set(false);
                writer.interrupt();
                writer.join();
            }
            if (writeFailure.get() != null) throw new UserException("the writer failed: " + writeFailure.get().getMessage());
            pool.shutdown();
            double seconds = (System.nanoTime() - t0) / 1e9;
            for (Map.Entry<String, List<Long>> e : new TreeMap<>(nanos).entrySet()) {
                long[] sorted = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
                ObjectNode o = BenchCommand.json("serve");
                o.put("endpoint", e.getKey());
                o.put("clients", clients);
                o.put("requests", sorted.length);
                o.put("median_ms", BenchCommand.round(percentile(sorted, 0.5) / 1e6));
                o.put("p95_ms", BenchCommand.round(percentile(sorted, 0.95) / 1e6));
                out.println(o);
            }
            ObjectNode all = BenchCommand.json("serve");
            all.put("endpoint", "all");
            all.put("clients", clients);
            all.put("requests", clients * requestsPerClient);
            all.put("seconds", BenchCommand.round(seconds));
            all.put("writes", writes.get());
            all.put("requests_per_s", Math.round(clients * requestsPerClient / seconds));
            out.println(all);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new UserException("a client failed: " + e.getCause().getMessage());
        }
    }

    private void client(List<Endpoint> endpoints, Random random, int requests, Map<String, List<Long>> nanos) {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < requests; i++) {
            Endpoint e = endpoints.get(i % endpoints.size());
            HttpRequest request = e.request().apply(random).build();
            long t = System.nanoTime();
            try {
                HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) throw new IllegalStateException(e.name() + " answered " + r.statusCode() + ": " + new String(r.body()));
            } catch (IOException x) {
                throw new UncheckedIOException(e.name() + ": " + x.getMessage(), x);
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
                return;
            }
            nanos.computeIfAbsent(e.name(), k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - t);
        }
    }

    private List<Endpoint> endpoints(URI base) {
        return List.of(
                post(base, "ArchivesQuerySync", r -> "{\"ArchiveQueryObject\":{\"PageRecordNum\":20,\"RecordStartNo\":" + r.nextInt(200) + "}}"),
                post(base, "ArchivesQuerySync/picture", r -> "{\"ArchiveQueryObject\":{\"PageRecordNum\":10,\"PictureQueryCondition\":"
                        + "{\"PictureQueryConditionObject\":[{\"SubjectID\":\"" + any(r, faces) + "\",\"Threshold\":0.6}]}}}"),
                post(base, "ArchivesQuerySync/fields", r -> "{\"ArchiveQueryObject\":{\"PageRecordNum\":20,\"Sort\":\"LastTime\","
                        + "\"Fields\":{\"OnlyRealNameArchive\":2}}}"),
                post(base, "VehicleArchivesQuerySync", r -> "{\"ArchiveQueryObject\":{\"PageRecordNum\":20,\"RecordStartNo\":" + r.nextInt(200) + "}}"),
                post(base, "ArchiveSubjectQuerySync", r -> "{\"ArchiveSubjectQueryObject\":{\"ArchiveIDList\":[\"" + any(r, persons) + "\"],"
                        + "\"ResultSubjectDetailDeclare\":1}}"),
                post(base, "VehicleArchiveSubjectQuerySync", r -> "{\"ArchiveSubjectQueryObject\":{\"ArchiveIDList\":[\"" + any(r, vehicles) + "\"]}}"),
                post(base, "ArchiveConfidence", r -> "{\"ArchiveListObject\":{\"ArchiveObject\":[{\"ArchiveID\":\"" + any(r, persons) + "\"}]}}"),
                get(base, "Archives", r -> "VIID/Archives?ArchiveID=" + any(r, persons)),
                get(base, "ArchiveSubjects", r -> "VIID/ArchiveSubjects?ArchiveID=" + any(r, persons)),
                get(base, "VehicleArchives", r -> "VIID/VehicleArchives?ArchiveID=" + any(r, vehicles)),
                get(base, "ArchiveLibraries", r -> "VIID/ArchiveLibraries"),
                get(base, "Tasks", r -> "VIAS/Tasks"));
    }

    private static Endpoint post(URI base, String path, Function<Random, String> body) {
        String p = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        return new Endpoint(path, r -> HttpRequest.newBuilder(base.resolve("VIID/" + p)).header("Content-Type", "application/VIID+JSON")
                .POST(HttpRequest.BodyPublishers.ofString(body.apply(r))));
    }

    private static Endpoint get(URI base, String name, Function<Random, String> pathAndQuery) {
        return new Endpoint(name, r -> HttpRequest.newBuilder(base.resolve(pathAndQuery.apply(r))).GET());
    }

    private static String any(Random r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) return 0;
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    }
}
