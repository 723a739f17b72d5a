package org.judang.ui;

import org.judang.ui.shell.FileDialogs;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Answers the file choosers as the person would have, in order; a chooser nobody scripted is cancelled. */
public final class ScriptedFileDialogs implements FileDialogs {
    private final Deque<Path> answers = new ArrayDeque<>();

    public ScriptedFileDialogs answer(Path p) {
        answers.add(p);
        return this;
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseFile(String title, String description, String... extensions) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, String description, String... extensions) {
        return Optional.ofNullable(answers.poll());
    }
}
