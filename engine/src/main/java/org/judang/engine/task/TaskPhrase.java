package org.judang.engine.task;

import org.judang.engine.model.Phrase;

/**
 * The phrases the engine words its tasks with: task names, stages and outcomes. Each has a stable name that a user
 * interface looks up in its own language (the desktop's bundles use {@code taskPhrase.NAME}) and the English
 * wording the command line, the case's task list and any other client see. Arguments fill {@code {0}}, {@code {1}}…
 */
public enum TaskPhrase implements Phrase {
    // task names
    IMPORT_BATCH("Import {0}"),
    CLUSTER_RECORDS("Cluster"),
    EXPORT_TO("Export to {0}"),

    // stages
    CHECKING_FILE("Checking {0}"),
    READING_FILE("Reading {0}"),
    INDEXING_VECTORS("Indexing {0} vectors"),
    LOADING_SPACE("Loading {0}"),
    EXACT_NEIGHBOURS("Exact nearest neighbours"),
    APPROXIMATE_NEIGHBOURS("Nearest neighbours (jvector)"),
    SIMILARITY_GRAPH("Similarity graph"),
    SHARED_NEIGHBOUR_SCORES("Shared-neighbour scores"),
    LINKING_NEIGHBOURS("Linking mutual neighbours"),
    MAP_EQUATION_TRIAL("Map equation: 1 trial"),
    MAP_EQUATION_TRIALS("Map equation: {0} trials"),
    LEIDEN_ITERATIONS("Leiden iterations"),
    WRITING_ARCHIVES("Writing archives"),
    MERGE_SUGGESTIONS("Merge suggestions"),
    EXPORTING_ARCHIVES("Exporting archives"),
    WRITING_DELETED("Writing deleted archives"),
    COMPARING_WITH("Comparing archives with {0}"),
    IMPORTING_ARCHIVES("Importing archives from {0}"),
    WRITING_FILE("Writing {0}"),
    COMPRESSING("Compressing {0}"),

    // outcomes
    IMPORTED("{0} imported, {1} duplicates, {2} rejected"),
    CLUSTERED("{0} records: {1} new archives, {2} extended"),
    EXPORTED("{0} archives, {1} vehicle archives, {2} records"),
    EXPORTED_DELTA("Since {0}: {1} archives added, {2} modified, {3} deleted"),
    CANCELLED_BEFORE_START("Cancelled before it started."),
    CANCELLED_ROLLED_BACK("Cancelled; the case is as it was before this task.");

    private final String english;

    TaskPhrase(String english) {
        this.english = english;
    }

    /** The English wording with {@code {0}}, {@code {1}}… for the arguments. */
    @Override
    public String english() {
        return english;
    }

    /** This phrase with its arguments (each kept as its text). */
    public TaskText with(Object... args) {
        return TaskText.of(this, args);
    }
}
