package org.judang.ui.archivepage;

import org.judang.engine.model.Archive;

import java.util.function.Consumer;

/** What the archive page asks the workspace to do: navigate, and pick other archives for a merge or a move. */
public interface ArchivePageActions {
    void back();

    void next();

    void previous();

    /** Merge this archive with others: the marked ones, or ones the person picks. */
    void mergeWith(Archive current);

    /** Lets the person pick an archive (of the given one's kind) and hands over its ID. */
    void pickArchive(Archive current, Consumer<String> chosen);

    void openArchive(String archiveId);
}
