package org.judang.ui.archivepage;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import org.judang.engine.model.Archive;
import org.judang.engine.model.Camera;
import org.judang.engine.model.ObjectRecord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The state of the archive page, without any node: the archive, its members in the chosen order, the threshold
 * below which a member is shown as a likely intruder, the focused member and the selection (for split, move and
 * "not this identity"), and the edited fields. Lives on the JavaFX thread; tests drive it without a window.
 */
public final class ArchivePageViewModel {
    private final ObjectProperty<Archive> archive = new SimpleObjectProperty<>();
    /** The known person the archive is matched to (proposed or confirmed), or null. */
    private final ObjectProperty<org.judang.engine.archive.RealName> realName = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final ObservableList<ObjectRecord> members = FXCollections.observableArrayList();
    private final ObjectProperty<MemberOrder> order = new SimpleObjectProperty<>(MemberOrder.SIMILARITY);
    private final DoubleProperty threshold = new SimpleDoubleProperty(0);
    private final IntegerProperty focusedIndex = new SimpleIntegerProperty(-1);
    private final ObservableSet<String> selected = FXCollections.observableSet(new java.util.LinkedHashSet<>());
    private final BooleanProperty showScene = new SimpleBooleanProperty(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObservableMap<String, Camera> cameras = FXCollections.observableHashMap();
    /** Archives seen with this one (同行), and archives like the focused capture (以图搜档); loaded when asked for. */
    private final ObservableList<RelatedArchive> companions = FXCollections.observableArrayList();
    private final ObservableList<RelatedArchive> similar = FXCollections.observableArrayList();
    private final IntegerBinding intruders;
    private int anchor = -1;

    public ArchivePageViewModel() {
        order.addListener(o -> sort());
        intruders = Bindings.createIntegerBinding(() -> (int) members.stream().filter(this::isIntruder).count(), members, threshold);
    }

    /** Shows an archive and its members; the threshold starts two deviations below the mean similarity. */
    public void show(Archive a, List<ObjectRecord> records, String notesText, String tagsText, boolean keepSelection) {
        String focusedId = focused().map(ObjectRecord::id).orElse(null);
        boolean same = archive.get() != null && a.id().equals(archive.get().id());
        archive.set(a);
        notes.set(notesText == null ? "" : notesText);
        tags.set(tagsText == null ? "" : tagsText);
        members.setAll(sorted(records)); // one change: the views redraw once
        if (!same) {
            companions.clear();
            similar.clear();
        }
        if (!same || !keepSelection) {
            selected.clear();
            threshold.set(suggestedThreshold(records));
            focusedIndex.set(members.isEmpty() ? -1 : 0);
            anchor = focusedIndex.get();
        } else {
            selected.retainAll(records.stream().map(ObjectRecord::id).collect(java.util.stream.Collectors.toSet())); // a set: 10,000 members
            int i = focusedId == null ? -1 : indexOf(focusedId);
            focusedIndex.set(i >= 0 ? i : Math.min(Math.max(0, focusedIndex.get()), members.size() - 1));
        }
    }

    /** Mean minus two standard deviations of the members' similarity to the centre, within 0..1. */
    static double suggestedThreshold(List<ObjectRecord> records) {
        if (records.size() < 3) return 0;
        double mean = records.stream().mapToDouble(ObjectRecord::similarity).average().orElse(0);
        double var = records.stream().mapToDouble(r -> (r.similarity() - mean) * (r.similarity() - mean)).average().orElse(0);
        return Math.max(0, Math.min(1, Math.round((mean - 2 * Math.sqrt(var)) * 100) / 100.0));
    }

    private void sort() {
        String focusedId = focused().map(ObjectRecord::id).orElse(null);
        members.setAll(sorted(members));
        if (focusedId != null) focusedIndex.set(indexOf(focusedId));
    }

    private List<ObjectRecord> sorted(List<ObjectRecord> records) {
        Comparator<ObjectRecord> c = order.get() == MemberOrder.TIME
                ? Comparator.comparing((ObjectRecord r) -> r.shotTime() == null ? Long.MAX_VALUE : r.shotTime()).thenComparing(ObjectRecord::id)
                : Comparator.comparingDouble(ObjectRecord::similarity).thenComparing(ObjectRecord::id);
        List<ObjectRecord> out = new ArrayList<>(records);
        out.sort(c);
        return out;
    }

    public boolean isIntruder(ObjectRecord r) {
        return members.size() > 1 && r.similarity() < threshold.get();
    }

    public Optional<ObjectRecord> focused() {
        int i = focusedIndex.get();
        return i >= 0 && i < members.size() ? Optional.of(members.get(i)) : Optional.empty();
    }

    private int indexOf(String id) {
        for (int i = 0; i < members.size(); i++) if (members.get(i).id().equals(id)) return i;
        return -1;
    }

    /** A click or arrow key on a member: plain selects only it, {@code toggle} adds or removes it, {@code range} extends from the anchor. */
    public void pick(int index, boolean toggle, boolean range) {
        if (index < 0 || index >= members.size()) return;
        focusedIndex.set(index);
        String id = members.get(index).id();
        if (range && anchor >= 0) {
            if (!toggle) selected.clear();
            for (int i = Math.min(anchor, index); i <= Math.max(anchor, index); i++) selected.add(members.get(i).id());
            return;
        }
        anchor = index;
        if (toggle) {
            if (!selected.remove(id)) selected.add(id);
        } else {
            selected.clear();
            selected.add(id);
        }
    }

    /** Moves the focus without changing the selection (arrow keys); with {@code extend}, selects the range as it goes. */
    public void moveFocus(int delta, boolean extend) {
        if (members.isEmpty()) return;
        int next = Math.max(0, Math.min(members.size() - 1, (focusedIndex.get() < 0 ? 0 : focusedIndex.get() + delta)));
        if (extend) pick(next, false, true);
        else focusedIndex.set(next);
    }

    /** Space: the focused member in or out of the selection. */
    public void toggleFocused() {
        int i = focusedIndex.get();
        if (i >= 0) pick(i, true, false);
    }

    public void selectAll() {
        members.forEach(r -> selected.add(r.id()));
    }

    /** Selects the members highlighted as likely intruders. */
    public void selectIntruders() {
        selected.clear();
        members.stream().filter(this::isIntruder).forEach(r -> selected.add(r.id()));
    }

    /** The selected records, in the order shown. */
    public List<String> selectedIds() {
        return members.stream().map(ObjectRecord::id).filter(selected::contains).toList();
    }

    public ObjectProperty<Archive> archiveProperty() { return archive; }
    public ObjectProperty<org.judang.engine.archive.RealName> realNameProperty() { return realName; }
    public StringProperty notesProperty() { return notes; }
    public StringProperty tagsProperty() { return tags; }
    public ObservableList<ObjectRecord> members() { return members; }
    public ObjectProperty<MemberOrder> orderProperty() { return order; }
    public DoubleProperty thresholdProperty() { return threshold; }
    public IntegerProperty focusedIndexProperty() { return focusedIndex; }
    public ObservableSet<String> selected() { return selected; }
    public BooleanProperty showSceneProperty() { return showScene; }
    public BooleanProperty loadingProperty() { return loading; }
    public ObservableMap<String, Camera> cameras() { return cameras; }
    public IntegerBinding intrudersBinding() { return intruders; }
    public ObservableList<RelatedArchive> companions() { return companions; }
    public ObservableList<RelatedArchive> similar() { return similar; }
}
