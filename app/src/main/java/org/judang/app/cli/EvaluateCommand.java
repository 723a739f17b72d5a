package org.judang.app.cli;

import org.judang.engine.CaseSession;
import org.judang.engine.model.ObjectType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** {@code judang evaluate DIR TRUTH.tsv}. */
@Command(name = "evaluate", description = {"Score the archives against a truth file: GA/T 2350.5 7.1 figures as JSON.",
        "TRUTH.tsv has one 'object id<TAB>identity' per line; objects not in it are ignored."}, mixinStandardHelpOptions = true)
final class EvaluateCommand implements Runnable {
    @Mixin CaseOptions c;
    @Parameters(index = "1", paramLabel = "TRUTH.tsv") Path truth;
    @Option(names = "--types", split = ",", paramLabel = "TYPE", description = "Only objects of these types (FACE, PERSON, MOTOR_VEHICLE, NON_MOTOR_VEHICLE, THING).")
    List<String> types;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        Set<ObjectType> only = EnumSet.noneOf(ObjectType.class);
        if (types != null) {
            for (String t : types) only.add(ObjectType.parse(t).orElseThrow(() -> new UsageException("unknown object type '" + t + "'")));
        }
        try (CaseSession s = c.open()) {
            spec.commandLine().getOut().println(s.evaluate(truth, only).toJson());
        }
    }
}
