package org.judang.ui.casehome;

/** The case home's commands, carried out by the workspace (they open dialogs and start tasks). */
public interface CaseHomeActions {
    void importBatch();

    void cluster();

    void export();

    void chooseTruthFile();
}
