package org.judang.ui.shell;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The operating system's file choosers, behind a seam so that tests (which cannot click in a native dialog) answer
 * as the person would.
 */
public interface FileDialogs {
    Optional<Path> chooseFolder(String title, Path initial);

    /** An existing file, e.g. a batch .zip or a truth file; {@code extensions} like {@code *.zip}. */
    Optional<Path> chooseFile(String title, String description, String... extensions);

    /** A file to write, e.g. an export .zip. */
    Optional<Path> chooseSaveFile(String title, String initialName, String description, String... extensions);
}
