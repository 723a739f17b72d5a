package org.judang.ui.archive;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.text.Text;

import java.util.function.Function;

/**
 * A combo box skin that takes its width from the texts of its items (and its prompt) in its button's font, instead of
 * asking its popup list: that builds the list's skin, scroll bars and a cell per item for a list nobody has opened
 * yet (for the filter bar's five lists, close to half of the window's first styling on a cold start). The list is
 * built when it first opens, and the box keeps its width then.
 */
final class TextWidthComboBoxSkin<T> extends ComboBoxListViewSkin<T> {
    private final Function<T, String> text;
    private final Text probe = new Text();

    /** @param text what a cell shows for an item (null: the "any" entry) */
    TextWidthComboBoxSkin(ComboBox<T> box, Function<T, String> text) {
        super(box);
        this.text = text;
        box.getItems().addListener((ListChangeListener<T>) c -> box.requestLayout());
    }

    @Override
    @SuppressWarnings("unchecked") // the skin of a ComboBox<T> (its constructor takes no other)
    protected double computePrefWidth(double height, double topInset, double rightInset, double bottomInset, double leftInset) {
        ComboBox<T> box = (ComboBox<T>) getSkinnable();
        ListCell<T> cell = box.getButtonCell();
        Node arrow = box.lookup(".arrow-button");
        if (cell == null || arrow == null) return super.computePrefWidth(height, topInset, rightInset, bottomInset, leftInset);
        probe.setFont(cell.getFont());
        double widest = width(box.getPromptText());
        for (T item : box.getItems()) widest = Math.max(widest, width(text.apply(item)));
        return leftInset + cell.snappedLeftInset() + Math.ceil(widest) + cell.snappedRightInset() + arrow.prefWidth(-1) + rightInset;
    }

    private double width(String s) {
        if (s == null || s.isEmpty()) return 0;
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }
}
