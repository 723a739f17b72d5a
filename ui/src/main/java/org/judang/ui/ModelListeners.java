package org.judang.ui;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

import java.util.ArrayList;
import java.util.List;

/**
 * The listeners views put on view models, removed together when the views are thrown away: a language or theme
 * switch builds new views over the same view models, and the old views must stop listening (and stop asking the
 * engine for the pages they would have shown).
 */
public final class ModelListeners {
    private final List<Runnable> removals = new ArrayList<>();

    public void on(Observable o, InvalidationListener l) {
        o.addListener(l);
        removals.add(() -> o.removeListener(l));
    }

    public <T> void onChange(ObservableValue<T> v, ChangeListener<? super T> l) {
        v.addListener(l);
        removals.add(() -> v.removeListener(l));
    }

    public <E> void onList(ObservableList<E> list, ListChangeListener<? super E> l) {
        list.addListener(l);
        removals.add(() -> list.removeListener(l));
    }

    public <E> void onSet(ObservableSet<E> set, SetChangeListener<? super E> l) {
        set.addListener(l);
        removals.add(() -> set.removeListener(l));
    }

    public <K, V> void onMap(ObservableMap<K, V> map, MapChangeListener<? super K, ? super V> l) {
        map.addListener(l);
        removals.add(() -> map.removeListener(l));
    }

    /** Removes every listener added through this object. */
    public void removeAll() {
        removals.forEach(Runnable::run);
        removals.clear();
    }
}
