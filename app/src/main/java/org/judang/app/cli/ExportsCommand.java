package org.judang.app.cli;

import org.judang.engine.CaseSession;
import org.judang.engine.export.NamedExport;
import org.judang.engine.model.CaseTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;

/** {@code judang exports DIR}: the case's named exports, which {@code export --since} refers to. */
@Command(name = "exports", description = "List the case's finished exports, newest first: the names 'export --since' takes.", mixinStandardHelpOptions = true)
final class ExportsCommand implements Runnable {
    @Mixin CaseOptions c;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (CaseSession s = c.open()) {
            List<NamedExport> exports = s.exports();
            if (exports.isEmpty()) {
                out.println("No exports yet.");
                return;
            }
            out.printf("%-24s %-14s %-22s %9s  %s%n", "name", "made", "kind", "archives", "written to");
            for (NamedExport e : exports) {
                out.printf("%-24s %-14s %-22s %9d  %s%n", e.name(), CaseTime.format(e.created()), e.delta() ? "delta since " + e.since() : "full",
                        e.archives(), e.output());
            }
        }
    }
}
