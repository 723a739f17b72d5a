package org.judang.engine.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.message.ArchiveChangeList;
import org.judang.engine.message.ArchiveListObject;
import org.judang.engine.message.ArchiveSubjectChangeList;
import org.judang.engine.message.ArchiveSubjectListObject;
import org.judang.engine.message.ExecuteOperation;
import org.judang.engine.message.MessageMapper;
import org.judang.engine.message.SubscribeNotificationListObject;
import org.judang.engine.message.VehicleArchiveChangeList;
import org.judang.engine.message.VehicleArchiveListObject;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The archives an upstream library holds after receiving a full export and then deltas, in memory: a way to check
 * that deltas keep a receiver in step, and a small model of what a receiver does with them. Bodies and details are kept
 * as the JSON trees received, so two sets compare field for field.
 * <p>A delta is applied notification by notification: an archive added must be new, one modified or deleted must be
 * held; a modified body or member list replaces the one held; a deleted archive goes with its details. Image files
 * are not copied; the set remembers which package holds each so that a missing one can be found.
 */
public final class ArchiveSet {
    private static final ObjectMapper JSON = MessageMapper.create();

    /**
     * One archive held.
     *
     * @param element {@code ArchiveObject} or {@code VehicleArchiveObject}: the list it is sent in
     * @param body    its basic information as received, without {@code ExecuteOperation}
     * @param subject its details as received, without {@code ExecuteOperation}; null when none were received
     */
    public record Entry(String element, ObjectNode body, ObjectNode subject) {}

    private final SortedMap<String, Entry> archives = new TreeMap<>();
    private final Map<String, Path> images = new TreeMap<>();

    private ArchiveSet() {}

    /**
     * Reads a full export (a folder or a .zip).
     *
     * @throws ExportException when it cannot be read or is not a full export
     */
    public static ArchiveSet readFull(Path export) {
        ArchiveSet set = new ArchiveSet();
        try (PackageFiles files = PackageFiles.open(export)) {
            for (String file : new String[]{FullExportWriter.ARCHIVES_FILE, FullExportWriter.VEHICLE_ARCHIVES_FILE}) {
                boolean vehicles = file.equals(FullExportWriter.VEHICLE_ARCHIVES_FILE);
                String key = vehicles ? VehicleArchiveListObject.KEY : ArchiveListObject.KEY;
                String element = vehicles ? VehicleArchiveListObject.ELEMENT : ArchiveListObject.ELEMENT;
                for (JsonNode body : files.list(file, key, element)) set.put(element, (ObjectNode) body, null, file);
            }
            for (JsonNode subject : files.list(FullExportWriter.SUBJECTS_FILE, ArchiveSubjectListObject.KEY, ArchiveSubjectListObject.ELEMENT)) {
                String id = subject.path("ArchiveID").asText();
                Entry e = set.archives.get(id);
                if (e == null) throw new ExportException(export + ": " + FullExportWriter.SUBJECTS_FILE + " has details of archive " + id + ", which has no body.");
                set.archives.put(id, new Entry(e.element(), e.body(), (ObjectNode) subject));
            }
            set.addImages(files);
        }
        return set;
    }

    /**
     * Applies a delta export (a folder or a .zip) made since the exports this set holds.
     *
     * @throws ExportException when it cannot be read, or does not fit what the set holds (it was made since another export)
     */
    public ArchiveSet apply(Path delta) {
        try (PackageFiles files = PackageFiles.open(delta)) {
            for (JsonNode n : files.list(DeltaExportWriter.NOTIFICATIONS_FILE, SubscribeNotificationListObject.KEY, SubscribeNotificationListObject.ELEMENT)) {
                for (String element : new String[]{ArchiveChangeList.ELEMENT, VehicleArchiveChangeList.ELEMENT}) {
                    String list = element.equals(ArchiveChangeList.ELEMENT) ? ArchiveChangeList.KEY : VehicleArchiveChangeList.KEY;
                    for (JsonNode change : elements(n.path(list).path(element))) applyBody(element, (ObjectNode) change.deepCopy(), delta);
                }
                for (JsonNode change : elements(n.path(ArchiveSubjectChangeList.KEY).path(ArchiveSubjectChangeList.ELEMENT))) {
                    applySubject((ObjectNode) change.deepCopy(), delta);
                }
            }
            addImages(files);
        }
        return this;
    }

    /** The archives held, by ID. */
    public SortedMap<String, Entry> archives() {
        return Collections.unmodifiableSortedMap(archives);
    }

    /** {@code StoragePath}s the held archives refer to that no package read so far holds. */
    public SortedSet<String> missingImages() {
        TreeSet<String> missing = new TreeSet<>();
        for (Entry e : archives.values()) {
            collectPaths(e.body(), missing);
            if (e.subject() != null) collectPaths(e.subject(), missing);
        }
        missing.removeAll(images.keySet());
        return missing;
    }

    private void applyBody(String element, ObjectNode change, Path delta) {
        ExecuteOperation op = operation(change, delta);
        String id = change.path("ArchiveID").asText();
        Entry held = archives.get(id);
        switch (op) {
            case ADD -> {
                if (held != null) throw misfit(delta, "adds archive " + id + ", which is already held");
                archives.put(id, new Entry(element, change, null));
            }
            case MODIFY -> {
                if (held == null) throw misfit(delta, "modifies archive " + id + ", which is not held");
                archives.put(id, new Entry(element, change, held.subject()));
            }
            case DELETE -> {
                if (held == null) throw misfit(delta, "deletes archive " + id + ", which is not held");
                archives.remove(id);
            }
        }
    }

    private void applySubject(ObjectNode change, Path delta) {
        ExecuteOperation op = operation(change, delta);
        String id = change.path("ArchiveID").asText();
        Entry held = archives.get(id);
        if (op == ExecuteOperation.DELETE) {
            if (held != null) throw misfit(delta, "deletes the details of archive " + id + " but keeps the archive");
            return;
        }
        if (held == null) throw misfit(delta, "sends details of archive " + id + ", which is not held");
        archives.put(id, new Entry(held.element(), held.body(), change));
    }

    private void put(String element, ObjectNode body, ObjectNode subject, String file) {
        String id = body.path("ArchiveID").asText();
        if (archives.putIfAbsent(id, new Entry(element, body, subject)) != null) {
            throw new ExportException(file + " holds archive " + id + " twice.");
        }
    }

    private static ExecuteOperation operation(ObjectNode change, Path delta) {
        JsonNode op = change.remove("ExecuteOperation");
        if (op == null) throw misfit(delta, "sends archive " + change.path("ArchiveID").asText() + " without an ExecuteOperation");
        try {
            return ExecuteOperation.of(op.asText());
        } catch (IllegalArgumentException e) {
            throw misfit(delta, "sends archive " + change.path("ArchiveID").asText() + " with " + e.getMessage());
        }
    }

    private static ExportException misfit(Path delta, String what) {
        return new ExportException("The delta " + delta + " " + what + ": it was not made since the exports applied so far.");
    }

    private static Iterable<JsonNode> elements(JsonNode list) {
        return list.isArray() ? list : list.isObject() ? java.util.List.of(list) : java.util.List.of();
    }

    private void addImages(PackageFiles files) {
        for (String name : files.names()) if (name.startsWith(SubImageRewriter.IMAGES_FOLDER + "/")) images.putIfAbsent(name, files.root());
    }

    private static void collectPaths(JsonNode node, TreeSet<String> out) {
        if (node.isObject()) {
            JsonNode path = node.get("StoragePath");
            if (path != null && path.isTextual()) out.add(path.asText());
            node.forEach(child -> collectPaths(child, out));
        } else if (node.isArray()) {
            node.forEach(child -> collectPaths(child, out));
        }
    }

    /** The files of an export, in a folder or a .zip. */
    private record PackageFiles(Path root, ZipFile zip) implements AutoCloseable {
        static PackageFiles open(Path root) {
            if (Files.isDirectory(root)) return new PackageFiles(root, null);
            try {
                return new PackageFiles(root, new ZipFile(root.toFile()));
            } catch (IOException e) {
                throw new ExportException("Cannot read the export " + root + ": it is neither a folder nor a readable .zip (" + e.getMessage() + ").", e);
            }
        }

        /** The elements of a list file {@code {"key":{"element":[…]}}}. */
        Iterable<JsonNode> list(String file, String key, String element) {
            try (InputStream in = open(file)) {
                return elements(JSON.readTree(in).path(key).path(element));
            } catch (IOException e) {
                throw new ExportException("Cannot read " + file + " of the export " + root + ": " + e.getMessage(), e);
            }
        }

        private InputStream open(String file) throws IOException {
            if (zip == null) return Files.newInputStream(root.resolve(file));
            ZipEntry entry = zip.getEntry(file);
            if (entry == null) throw new IOException("the export has no " + file);
            return zip.getInputStream(entry);
        }

        Iterable<String> names() {
            if (zip != null) return zip.stream().map(ZipEntry::getName).toList();
            try (Stream<Path> s = Files.walk(root)) {
                return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace(root.getFileSystem().getSeparator(), "/")).toList();
            } catch (IOException e) {
                throw new ExportException("Cannot list the export " + root + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            if (zip == null) return;
            try {
                zip.close();
            } catch (IOException e) {
                // read-only: nothing is lost
            }
        }
    }
}
