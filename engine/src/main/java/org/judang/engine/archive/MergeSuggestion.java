package org.judang.engine.archive;

/** Two archives that may be one identity, {@code a < b} by ID, with the similarity of their centres. */
public record MergeSuggestion(String a, String b, double similarity) {

    /** What a person answers. "No" becomes a cannot-link: the pair is never suggested or merged automatically again. */
    public enum Answer { YES, NO, NOT_SURE }
}
