package org.judang.ui.suggestions;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.judang.engine.archive.MergeSuggestion;

/** The suggestion on screen (with both archives), how many are still open, and how many the person skipped. */
public final class SuggestionQueueViewModel {
    private final ObjectProperty<MergeSuggestion> current = new SimpleObjectProperty<>();
    private final ObjectProperty<SuggestionSide> left = new SimpleObjectProperty<>();
    private final ObjectProperty<SuggestionSide> right = new SimpleObjectProperty<>();
    private final LongProperty open = new SimpleLongProperty(0);
    /** Suggestions skipped in this session: they stay open, the queue just looks past them. */
    private final IntegerProperty skipped = new SimpleIntegerProperty(0);
    private final IntegerProperty answered = new SimpleIntegerProperty(0);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);

    public ObjectProperty<MergeSuggestion> currentProperty() { return current; }
    public ObjectProperty<SuggestionSide> leftProperty() { return left; }
    public ObjectProperty<SuggestionSide> rightProperty() { return right; }
    public LongProperty openProperty() { return open; }
    public IntegerProperty skippedProperty() { return skipped; }
    public IntegerProperty answeredProperty() { return answered; }
    public BooleanProperty loadingProperty() { return loading; }
}
