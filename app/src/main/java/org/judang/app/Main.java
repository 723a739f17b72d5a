package org.judang.app;

import org.judang.app.cli.JudangCommand;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The program's entry point: the command line, and (with no arguments, once the archive browser exists) the
 * desktop window. It does not extend a JavaFX class, so it also starts from a plain class path.
 */
public final class Main {
    /** Held so the setting is not garbage-collected with the logger. */
    private static final Logger JVECTOR_LOG = Logger.getLogger("io.github.jbellis");

    private Main() {}

    public static void main(String[] args) {
        // jvector reports its vector path and reader fallbacks on java.util.logging; the program says what matters itself
        JVECTOR_LOG.setLevel(Level.SEVERE);
        System.exit(JudangCommand.run(args, System.out, System.err));
    }
}
