package org.wicexplorer.ui.present;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.wicexplorer.tour.Tour;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** The tour the explorer presents and edits, the file it came from, and whether it changed since. */
public final class CurrentTour {
    private final ReadOnlyObjectWrapper<Tour> tour = new ReadOnlyObjectWrapper<>(this, "tour");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");

    CurrentTour(Tour initial) {
        tour.set(initial);
    }

    public Tour get() {
        return tour.get();
    }

    public ReadOnlyObjectProperty<Tour> tourProperty() {
        return tour.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public boolean isModified() {
        return modified.get();
    }

    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    /** A tour as opened or saved: it matches its file. */
    void replace(Tour newTour, Path from) {
        tour.set(newTour);
        file.set(from);
        modified.set(false);
    }

    void edit(UnaryOperator<Tour> change) {
        Tour changed = change.apply(tour.get());
        if (!changed.equals(tour.get())) {
            tour.set(changed);
            modified.set(true);
        }
    }

    void saved(Path to) {
        file.set(to);
        modified.set(false);
    }
}
