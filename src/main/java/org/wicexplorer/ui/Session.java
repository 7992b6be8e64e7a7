package org.wicexplorer.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.text.TextRange;
import org.wicexplorer.ui.timeline.TimelineLane;

import java.util.List;
import java.util.Objects;

/**
 * The explorer's state for the whole run, which outlives any view: the effective library, the selected
 * edition, what the detail area shows, what the reader reads, the topic filter and the lanes shown. The
 * composition root owns it; a data edit, an undo, a reset or an import sets its library, and the views,
 * which observe it (through an {@link ExplorerModel}), follow in place. What only the session changes is
 * exposed read-only, as AtlantaFX's sampler exposes its {@code MainModel}.
 */
public final class Session {
    /** A document in the reader, and the passage shown in it (null: the document from its top). */
    public record Reading(String documentId, TextRange passage) {
        public Reading {
            Objects.requireNonNull(documentId, "documentId");
        }
    }

    private final ReadOnlyObjectWrapper<Library> library = new ReadOnlyObjectWrapper<>(this, "library");
    private final ReadOnlyObjectWrapper<Edition> selectedEdition = new ReadOnlyObjectWrapper<>(this, "selectedEdition");
    private final ObjectProperty<Destination> destination = new SimpleObjectProperty<>(this, "destination",
            Destination.OVERVIEW);
    private final ObjectProperty<Reading> reading = new SimpleObjectProperty<>(this, "reading");
    private final ObservableSet<String> topicFilter = FXCollections.observableSet();
    private final ObservableSet<TimelineLane> hiddenLanes = FXCollections.observableSet();
    private final BooleanProperty compressedAxis = new SimpleBooleanProperty(this, "compressedAxis");

    public Session(Library library) {
        this.library.set(Objects.requireNonNull(library, "library"));
    }

    public Session(Dataset dataset, SeedLibrary seeds) {
        this(Library.of(dataset, seeds));
    }

    public ReadOnlyObjectProperty<Library> libraryProperty() {
        return library.getReadOnlyProperty();
    }

    public Library library() {
        return library.get();
    }

    public Dataset dataset() {
        return library.get().dataset();
    }

    public SeedLibrary seeds() {
        return library.get().seeds();
    }

    /**
     * Shows another library (after an edit, an undo, a reset or an import). The selected edition follows:
     * the same edition as it now is, or, when it is gone, the one that stood nearest to it; the reader's
     * document is let go only when the seeds no longer hold it.
     */
    public void setLibrary(Library next) {
        Objects.requireNonNull(next, "next");
        Library previous = library.get();
        Edition selected = selectedEdition.get();
        library.set(next);
        if (selected != null) {
            Edition now = next.dataset().edition(selected.id()).orElseGet(() -> neighbour(previous, next, selected));
            selectedEdition.set(now);
        }
        Reading r = reading.get();
        if (r != null && next.seeds().document(r.documentId()).isEmpty()) {
            reading.set(null);
        }
    }

    /** The edition next to a deleted one: the one after it in the old order still there, else the one before. */
    private static Edition neighbour(Library previous, Library next, Edition gone) {
        List<Edition> before = previous.dataset().editions();
        List<Edition> now = next.dataset().editions();
        int at = before.indexOf(gone);
        if (at < 0) {
            at = before.stream().map(Edition::id).toList().indexOf(gone.id());
        }
        for (int i = at + 1; i >= 0 && i < before.size(); i++) {
            var kept = next.dataset().edition(before.get(i).id());
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        for (int i = at - 1; i >= 0; i--) {
            var kept = next.dataset().edition(before.get(i).id());
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        return now.isEmpty() ? null : now.get(0);
    }

    public ReadOnlyObjectProperty<Edition> selectedEditionProperty() {
        return selectedEdition.getReadOnlyProperty();
    }

    public Edition selectedEdition() {
        return selectedEdition.get();
    }

    /** Selects an edition of the library by id; an id it does not hold changes nothing. */
    public void select(String editionId) {
        dataset().edition(editionId).ifPresent(selectedEdition::set);
    }

    /** What the detail area shows; the window keeps it in step with its tabs. */
    public ObjectProperty<Destination> destinationProperty() {
        return destination;
    }

    /** The reader's document and passage; null when no document is open. */
    public ObjectProperty<Reading> readingProperty() {
        return reading;
    }

    /** Topic ids to keep; empty means no filter. */
    public ObservableSet<String> topicFilter() {
        return topicFilter;
    }

    /** Whether the timeline's axis gives each edition room of its own (the toolbar's "compressed" mode). */
    public BooleanProperty compressedAxisProperty() {
        return compressedAxis;
    }

    /** The timeline's lanes the user has hidden. */
    public ObservableSet<TimelineLane> hiddenLanes() {
        return hiddenLanes;
    }
}
