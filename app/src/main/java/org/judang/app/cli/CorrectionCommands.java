package org.judang.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.judang.engine.CaseSession;
import org.judang.engine.archive.AuditEntry;
import org.judang.engine.archive.CorrectionException;
import org.judang.engine.archive.CorrectionResult;
import org.judang.engine.archive.Corrections;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.CaseTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The corrections a person makes, each undoable: {@code merge, split, move, reject, confirm, hide, unhide, name, undo, redo, log}. */
final class CorrectionCommands {
    private CorrectionCommands() {}

    /** Options every correction takes. */
    static final class Output {
        @Option(names = "--json", description = "Print the result as JSON.") boolean json;
    }

    static void run(CaseOptions c, Output o, CommandSpec spec, Function<Corrections, Optional<CorrectionResult>> action, String nothing) {
        PrintWriter out = spec.commandLine().getOut();
        try (CaseSession s = c.open()) {
            Optional<CorrectionResult> r;
            try {
                r = action.apply(s.corrections());
            } catch (CorrectionException e) {
                throw new UserException(e.getMessage());
            }
            if (r.isEmpty()) {
                if (o.json) out.println("null");
                else out.println(nothing);
                return;
            }
            if (o.json) {
                ObjectNode n = new ObjectMapper().createObjectNode();
                n.put("auditSeq", r.get().auditSeq());
                n.put("action", r.get().action());
                n.put("summary", r.get().summary());
                n.put("createdArchive", r.get().createdArchive());
                ArrayNode t = n.putArray("touchedArchives");
                r.get().touchedArchives().forEach(t::add);
                out.println(n);
            } else {
                out.println(r.get().summary() + "  (log entry " + r.get().auditSeq() + "; 'undo' reverts it)");
            }
        }
    }

    @Command(name = "merge", description = "Merge archives into a survivor, which keeps its ID, name, notes and cover.", mixinStandardHelpOptions = true)
    static final class Merge implements Runnable {
        @Mixin CaseOptions c;
        @Mixin Output o;
        @Option(names = "--into", required = true, paramLabel = "ARCHIVE", description = "The surviving archive.") String survivor;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "ARCHIVE", description = "Archives to merge into it.") List<String> others;
        @Spec CommandSpec spec;

        @Override
        public void run() {
            java.util.List<String> all = new java.util.ArrayList<>(others);
            if (!all.contains(survivor)) all.add(0, survivor);
            CorrectionCommands.run(c, o, spec, k -> Optional.of(k.merge(all, survivor)), "");
        }
    }

    @Command(name = "split", description = "Move records of one archive into a new archive, never merged back automatically.", mixinStandardHelpOptions = true)
    static final class Split implements Runnable {
        @Mixin CaseOptions c;
        @Mixin Output o;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "RECORD") List<String> records;
        @Spec CommandSpec spec;

        @Override
        public void run() { CorrectionCommands.run(c, o, spec, k -> Optional.of(k.split(records)), ""); }
    }

    @Command(name = "move", description = "Move records into another archive (they are locked there).", mixinStandardHelpOptions = true)
    static final class Move implements Runnable {
        @Mixin CaseOptions c;
        @Mixin Output o;
        @Option(names = "--to", required = true, paramLabel = "ARCHIVE") String target;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "RECORD") List<String> records;
        @Spec CommandSpec spec;

        @Override
        public void run() { CorrectionCommands.run(c, o, spec, k -> Optional.of(k.move(records, target)), ""); }
    }

    @Command(name = "reject", description = "Not this identity: take records out of their archive; they never rejoin it.", mixinStandardHelpOptions = true)
    static final class Reject implements Runnable {
        @Mixin CaseOptions c;
        @Mixin Output o;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "RECORD") List<String> records;
        @Spec CommandSpec spec;

        @Override
        public void run() { CorrectionCommands.run(c, o, spec, k -> Optional.of(k.notThisIdentity(records)), ""); }
    }

    @Command(name = "confirm", description = "Confirm an archive: its records are locked and it is never merged automatically.", mixinStandardHelpOptions = true)
    static final class Confirm implements Runnable {
        @Mixin CaseOptions c;
        @Mixin Output o;
        @Parameters(index = "1", paramLabel = "ARCHIVE") String archive;
        @Spec CommandSpec spec;

        @Override
        public void run() { CorrectionCommands.run(c, o, spec, k -> Optional.of(k.confirm(archive)), ""); }
    }

    @Command(name = "hide", description = "Hide an archive (or show it again with --undo-hide).", mixinStandardHelpOptions = true)
    static final class Hide implements Runnable {
        @Mixin CaseOptions c;
        @Mixin Output o;
        @Parameters(index = "1", paramLabel = "ARCHIVE") String archive;
        @Option(names = "--show", description = "Show a hidden archive again.") boolean show;
        @Spec CommandSpec spec;

        @Override
        public void run() {
            CorrectionCommands.run(c, o, spec, k -> Optional.of(k.setStatus(archive, show ? ArchiveStatus.AUTOMATIC : ArchiveStatus.HIDDEN)), "");
        }
    }

    @Command(name = "name", description = "Name an archive, and optionally set its notes and tags.", mixinStandardHelpOptions = true)
    static final class Name implements Runnable {
        @Mixin CaseOptions c;
        @Mixin Output o;
        @Parameters(index = "1", paramLabel = "ARCHIVE") String archive;
        @Parameters(index = "2", arity = "0..1", paramLabel = "NAME") String name;
        @Option(names = "--notes", paramLabel = "TEXT") String notes;
        @Option(names = "--tags", split = ",", paramLabel = "TAG") List<String> tags;
        @Option(names = "--cover", paramLabel = "RECORD", description = "Make this record the cover.") String cover;
        @Spec CommandSpec spec;

        @Override
        public void run() {
            if (name == null && notes == null && tags == null && cover == null) throw new UsageException("give a NAME, --notes, --tags or --cover");
            CorrectionCommands.run(c, o, spec, k -> {
                CorrectionResult last = null;
                if (name != null) last = k.rename(archive, name);
                if (notes != null) last = k.setNotes(archive, notes);
                if (tags != null) last = k.setTags(archive, tags);
                if (cover != null) last = k.setCover(archive, cover);
                return Optional.ofNullable(last);
            }, "");
        }
    }

    @Command(name = "undo", description = "Undo the last correction, or one earlier log entry with --entry (later corrections stay).", mixinStandardHelpOptions = true)
    static final class Undo implements Runnable {
        @Mixin CaseOptions c;
        @Mixin Output o;
        @Option(names = "--entry", paramLabel = "SEQ", description = "The log entry to undo (see 'log').") Long entry;
        @Spec CommandSpec spec;

        @Override
        public void run() {
            CorrectionCommands.run(c, o, spec, k -> entry == null ? k.undo() : Optional.of(k.undo(entry)), "Nothing to undo.");
        }
    }

    @Command(name = "redo", description = "Redo the correction last undone.", mixinStandardHelpOptions = true)
    static final class Redo implements Runnable {
        @Mixin CaseOptions c;
        @Mixin Output o;
        @Spec CommandSpec spec;

        @Override
        public void run() { CorrectionCommands.run(c, o, spec, Corrections::redo, "Nothing to redo."); }
    }

    @Command(name = "log", description = "The case's audit log: every correction and automatic change, newest first.", mixinStandardHelpOptions = true)
    static final class Log implements Runnable {
        @Mixin CaseOptions c;
        @Option(names = "--json", description = "Print JSON lines with the full change sets (before/after).") boolean json;
        @Option(names = "--limit", defaultValue = "50", paramLabel = "N") int limit;
        @Option(names = "--offset", defaultValue = "0", paramLabel = "N") int offset;
        @Spec CommandSpec spec;

        @Override
        public void run() {
            if (limit < 0 || offset < 0) throw new UsageException("--limit and --offset must not be negative");
            PrintWriter out = spec.commandLine().getOut();
            ObjectMapper m = new ObjectMapper();
            try (CaseSession s = c.open()) {
                for (AuditEntry e : s.corrections().log(offset, limit)) {
                    if (json) {
                        ObjectNode n = m.createObjectNode();
                        n.put("seq", e.seq());
                        n.put("time", CaseTime.format(e.time()));
                        n.put("actor", e.actor());
                        n.put("manual", e.manual());
                        n.put("action", e.action());
                        n.put("summary", e.summary());
                        n.put("undone", e.undone());
                        try {
                            n.set("changes", m.readTree(e.changes()));
                        } catch (java.io.IOException ex) {
                            n.put("changes", e.changes());
                        }
                        out.println(n);
                    } else {
                        out.printf("%5d  %s  %-10s %-8s %s%s%n", e.seq(), CaseTime.format(e.time()), e.actor(), e.action(), e.summary(),
                                e.undone() ? "  [undone]" : "");
                    }
                }
            }
        }
    }
}
