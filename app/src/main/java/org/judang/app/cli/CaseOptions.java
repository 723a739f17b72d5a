package org.judang.app.cli;

import org.judang.engine.CaseSession;
import org.judang.engine.Workstation;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** The case folder every case command takes first. */
final class CaseOptions {
    @Parameters(index = "0", paramLabel = "DIR", description = "The case folder.")
    Path dir;

    CaseSession open() {
        return Workstation.openCase(dir);
    }
}
