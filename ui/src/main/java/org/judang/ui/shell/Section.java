package org.judang.ui.shell;

import javafx.scene.input.KeyCode;

/** The parts of an open case the navigation switches between, each with its Ctrl+digit shortcut. */
public enum Section {
    HOME(KeyCode.DIGIT1), ARCHIVES(KeyCode.DIGIT2), SUGGESTIONS(KeyCode.DIGIT3), TASKS(KeyCode.DIGIT4), LOG(KeyCode.DIGIT5);

    private final KeyCode key;

    Section(KeyCode key) {
        this.key = key;
    }

    public KeyCode key() {
        return key;
    }
}
