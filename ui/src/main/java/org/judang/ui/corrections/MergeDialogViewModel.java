package org.judang.ui.corrections;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.judang.engine.archive.MergePreview;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveStatus;
import org.judang.ui.archive.ArchiveCard;

import java.util.Comparator;
import java.util.List;

/**
 * The merge dialog's state: the archives to merge, the survivor the person chose (it keeps its ID, name, notes and
 * cover) and the engine's preview of what the merge keeps.
 */
public final class MergeDialogViewModel {
    private final ObservableList<ArchiveCard> archives = FXCollections.observableArrayList();
    private final ObjectProperty<ArchiveCard> survivor = new SimpleObjectProperty<>();
    private final ObjectProperty<MergePreview> preview = new SimpleObjectProperty<>();

    public MergeDialogViewModel(List<ArchiveCard> cards) {
        archives.setAll(cards);
        survivor.set(suggestedSurvivor(cards));
    }

    /**
     * What survives unless the person says otherwise: an archive a person confirmed, then one with a name, then the
     * largest (its ID is the one most likely already quoted in reports).
     */
    static ArchiveCard suggestedSurvivor(List<ArchiveCard> cards) {
        return cards.stream().min(Comparator.comparing((ArchiveCard c) -> c.archive().status() != ArchiveStatus.CONFIRMED)
                .thenComparing(c -> c.archive().name() == null || c.archive().name().isBlank())
                .thenComparing(c -> -c.archive().recordCount())
                .thenComparing(ArchiveCard::id)).orElse(null);
    }

    /** Archives of another kind than the survivor cannot be merged into it. */
    public boolean mixedKinds() {
        return archives.stream().map(c -> c.archive().kind()).distinct().count() > 1;
    }

    public List<String> ids() {
        return archives.stream().map(ArchiveCard::id).toList();
    }

    public int totalRecords() {
        return archives.stream().map(ArchiveCard::archive).mapToInt(Archive::recordCount).sum();
    }

    public ObservableList<ArchiveCard> archives() { return archives; }
    public ObjectProperty<ArchiveCard> survivorProperty() { return survivor; }
    public ObjectProperty<MergePreview> previewProperty() { return preview; }
}
