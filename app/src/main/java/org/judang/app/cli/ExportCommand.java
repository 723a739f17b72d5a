package org.judang.app.cli;

import org.judang.engine.CaseSession;
import org.judang.engine.export.ExportOptions;
import org.judang.engine.export.ExportSummary;
import org.judang.engine.export.ImageMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.Locale;

/** {@code judang export DIR OUT [--name NAME] [--since NAME]}. */
@Command(name = "export", description = {"Export the archives as GA/T 2350.5 message bodies: all of them (hidden ones aside), or with --since",
        "only what changed since an earlier export (Notifications.json). OUT is a new folder, or a .zip file when it ends in .zip.",
        "Every export gets a name that a later --since can refer to; 'judang exports DIR' lists them."},
        mixinStandardHelpOptions = true)
final class ExportCommand implements Runnable {
    @Mixin CaseOptions c;
    @Parameters(index = "1", paramLabel = "OUT", description = "A new (or empty) folder, or a .zip file.") Path out;
    @Option(names = "--images", paramLabel = "MODE", defaultValue = "files", description = "inline (base64 Data), files (under images/) or none; default ${DEFAULT-VALUE}.")
    String images;
    @Option(names = "--name", paramLabel = "NAME", description = "The name the case remembers this export by (default: export-<time>).") String name;
    @Option(names = "--since", paramLabel = "NAME", description = "Export only the archives added, changed or deleted since the export of that name.")
    String since;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        ImageMode mode = switch (images.toLowerCase(Locale.ROOT)) {
            case "inline" -> ImageMode.INLINE;
            case "files" -> ImageMode.FILES;
            case "none" -> ImageMode.NONE;
            default -> throw new UsageException("--images must be inline, files or none, got '" + images + "'");
        };
        boolean zip = out.getFileName() != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        TerminalProgress progress = TerminalProgress.forConsole(System.err);
        try (CaseSession s = c.open(); CtrlC ctrlC = new CtrlC()) {
            ExportSummary sum;
            try {
                sum = s.export(out, new ExportOptions(mode, zip, name, since), progress, ctrlC.token());
            } finally {
                progress.finish();
            }
            ExportSummary.Changes d = sum.changes();
            if (d == null) {
                spec.commandLine().getOut().printf("Exported %d archives and %d vehicle archives (%d records, %d images) to %s as '%s'%n",
                        sum.archives(), sum.vehicleArchives(), sum.records(), sum.images(), sum.output().toAbsolutePath(), sum.name());
            } else {
                spec.commandLine().getOut().printf("Exported the changes since '%s': %d archives added, %d modified, %d deleted (%d records, %d images) to %s as '%s'%n",
                        d.since(), d.added(), d.modified(), d.deleted(), sum.records(), sum.images(), sum.output().toAbsolutePath(), sum.name());
            }
        }
    }
}
