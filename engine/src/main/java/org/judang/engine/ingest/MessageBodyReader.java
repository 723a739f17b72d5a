package org.judang.engine.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.model.ObjectType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the objects of one message body, one at a time, so that memory does not grow with the file.
 * <p>A {@code .json} file is one object with one list wrapper ({@code {"FaceListObject":{"FaceObject":[…]}}}); the
 * parser walks to the element array and reads each element as a tree. Where the file breaks, reading stops: the
 * objects before the break have been handed on, and the issue says where it broke.
 * <p>A {@code .jsonl} file holds one wrapped element per line ({@code {"FaceObject":{…}}}); a broken line rejects only
 * itself.
 */
final class MessageBodyReader {

    /** One object of a message body; {@code position} is its record number (.json) or line number (.jsonl). */
    record BodyElement(String file, long position, BodyList list, ObjectNode node) {}

    /** Receives each object read. */
    interface ElementSink {
        void accept(BodyElement element);
    }

    private final BodyJson json;
    private final ReportBuilder report;

    MessageBodyReader(BodyJson json, ReportBuilder report) {
        this.json = json;
        this.report = report;
    }

    static boolean isMessageBody(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") || lower.endsWith(".jsonl");
    }

    static boolean isJsonLines(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }

    /** Reads a UTF-8 file (already checked), with or without a byte-order mark. */
    void read(String file, InputStream in, ElementSink sink) throws IOException {
        InputStream body = Utf8Text.withoutByteOrderMark(in);
        if (isJsonLines(file)) readLines(file, body, sink);
        else readDocument(file, body, sink);
    }

    private void readDocument(String file, InputStream in, ElementSink sink) throws IOException {
        long read = 0;
        boolean inList = false;
        BodyList list = null;
        try (JsonParser p = json.parser(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            JsonToken t = p.nextToken();
            if (t == null) {
                fileError(file, file + " is empty; it holds no objects.");
                return;
            }
            if (t != JsonToken.START_OBJECT) {
                fileError(file, file + " does not hold a JSON object; a message body is {\"FaceListObject\":{\"FaceObject\":[…]}} or another list.");
                return;
            }
            if (p.nextToken() != JsonToken.FIELD_NAME) {
                fileError(file, file + " holds an empty object; expected one of " + BodyList.listKeys() + ".");
                return;
            }
            String key = p.currentName();
            list = BodyList.byListKey(key).orElse(null);
            if (list == null) {
                fileError(file, file + " has the top-level key '" + key + "', which is not a list the importer reads; expected one of "
                        + BodyList.listKeys() + ". Nothing of this file was imported.");
                return;
            }
            if (p.nextToken() != JsonToken.START_OBJECT) {
                fileError(file, "'" + key + "' in " + file + " should hold an object with a '" + list.elementKey() + "' list; nothing was read.");
                return;
            }
            boolean found = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (!name.equals(list.elementKey())) {
                    p.skipChildren();
                    continue;
                }
                found = true;
                if (value == JsonToken.START_OBJECT) {
                    sink.accept(new BodyElement(file, ++read, list, (ObjectNode) json.readTree(p)));
                } else if (value == JsonToken.START_ARRAY) {
                    inList = true;
                    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                        long position = read + 1;
                        if (e == JsonToken.START_OBJECT) {
                            ObjectNode node = (ObjectNode) json.readTree(p);
                            read = position;
                            sink.accept(new BodyElement(file, position, list, node));
                        } else {
                            p.skipChildren();
                            read = position;
                            report.rejected(list.type(), ImportIssue.error(file, position, null,
                                    "record " + position + " is not a JSON object; it was not imported."));
                        }
                    }
                    inList = false;
                } else {
                    fileError(file, "'" + name + "' in " + file + " should be a list of objects; nothing was read from it.");
                }
            }
            if (!found) {
                report.issue(ImportIssue.warning(file, null, null, file + " holds no '" + list.elementKey() + "' list; nothing was read from it."));
            }
            JsonToken after = p.nextToken();
            if (after == JsonToken.FIELD_NAME) {
                fileError(file, file + " has a second top-level key '" + p.currentName() + "' after '" + key + "'; only '" + key
                        + "' was read. Put each list in its own file.");
            } else if (after == JsonToken.END_OBJECT && p.nextToken() != null) {
                fileError(file, file + " has more content after its object; only the first object was read.");
            }
        } catch (JsonProcessingException e) {
            String stop = inList ? "reading stopped after record " + read + " of its '" + list.elementKey() + "' list; the records before were read"
                    : "reading stopped there" + (read > 0 ? " after record " + read : "");
            fileError(file, file + " " + whatBroke(e) + documentLocation(e.getLocation()) + ": " + stop + ". Repair or export the file again and import the batch again; "
                    + "records already imported are skipped as duplicates.");
        }
    }

    private void readLines(String file, InputStream in, ElementSink sink) throws IOException {
        LineInputStream lines = new LineInputStream(in);
        long line = 0;
        while (lines.nextLine()) {
            line++;
            BodyList list = null;
            ObjectNode node;
            try (JsonParser p = json.parser(new InputStreamReader(lines, StandardCharsets.UTF_8))) {
                JsonToken t = p.nextToken();
                if (t == null) continue; // a blank line
                if (t != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME) {
                    lineError(file, line, null, "line " + line + " is not a wrapped object such as {\"FaceObject\":{…}}; it was not imported.");
                    continue;
                }
                String key = p.currentName();
                list = BodyList.byElementKey(key).orElse(null);
                if (list == null) {
                    lineError(file, line, null, "line " + line + " wraps its object in '" + key + "', which the importer does not read; expected one of "
                            + BodyList.elementKeys() + ".");
                    continue;
                }
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    lineError(file, line, list.type(), "'" + key + "' on line " + line + " is not an object; it was not imported.");
                    continue;
                }
                node = (ObjectNode) json.readTree(p);
                if (p.nextToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                    lineError(file, line, list.type(), "line " + line + " holds more than one object; write one wrapped object per line. It was not imported.");
                    continue;
                }
            } catch (JsonProcessingException e) {
                lineError(file, line, list == null ? null : list.type(), "line " + line + " " + whatBroke(e) + lineLocation(e.getLocation())
                        + "; it was not imported, the other lines were read.");
                continue;
            }
            sink.accept(new BodyElement(file, line, list, node));
        }
    }

    /** What is wrong with a file that does not parse, in words: cut off, beyond limits, or not JSON. */
    static String whatBroke(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return "holds a value beyond the importer's limits (" + e.getOriginalMessage().replaceAll(",? *\\(?from `[^`]*`\\)?", "").trim() + ")";
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException || original.contains("end-of-input")) return "is cut off: it ends in the middle of a value";
        return "is not valid JSON (" + original + ")";
    }

    static String documentLocation(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** Each line is parsed on its own, so only the column means anything. */
    private static String lineLocation(JsonLocation at) {
        return at == null || at.getColumnNr() < 1 ? "" : " at column " + at.getColumnNr();
    }

    private void fileError(String file, String message) {
        report.issue(ImportIssue.error(file, null, null, message));
    }

    private void lineError(String file, long line, ObjectType type, String message) {
        report.rejected(type, ImportIssue.error(file, line, null, message));
    }
}
