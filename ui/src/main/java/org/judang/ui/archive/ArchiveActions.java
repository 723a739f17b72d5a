package org.judang.ui.archive;

/** What the grid asks the workspace to do; the grid itself only shows and selects. */
public interface ArchiveActions {
    void open(ArchiveCard card);

    /** Opens the merge dialog on the marked archives. */
    void mergeMarked();

    void confirm(ArchiveCard card);

    void hide(ArchiveCard card);

    /** Asks for a capture file and searches the archives with it (以图搜档). */
    void searchByImage();
}
