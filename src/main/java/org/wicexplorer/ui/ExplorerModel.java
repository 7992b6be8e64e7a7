package org.wicexplorer.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;

/**
 * The window's views' hold on the {@link Session}: the library, the selected edition and the topic filter,
 * mirrored from the session for as long as the views built on it are on screen. Views observe this, never
 * keep a copy of the data. When the window relabels itself in another language it builds its views again
 * on a new one and {@link #detach() detaches} this, so the views it replaced stop hearing the session
 * instead of running on behind the scene.
 */
public final class ExplorerModel {
    private final Session session;
    private final ReadOnlyObjectWrapper<Library> library = new ReadOnlyObjectWrapper<>(this, "library");
    private final ReadOnlyObjectWrapper<Edition> selectedEdition = new ReadOnlyObjectWrapper<>(this, "selectedEdition");
    private final ObservableSet<String> topicFilter = FXCollections.observableSet();

    public ExplorerModel(Session session) {
        this.session = session;
        library.bind(session.libraryProperty());
        selectedEdition.bind(session.selectedEditionProperty());
        Bindings.bindContentBidirectional(topicFilter, session.topicFilter());
    }

    /** A model on a session of its own (the command line's timeline export, tests). */
    public ExplorerModel(Dataset dataset, SeedLibrary seeds) {
        this(new Session(dataset, seeds));
    }

    /** Stops following the session: the views built on this model are being replaced. */
    public void detach() {
        library.unbind();
        selectedEdition.unbind();
        Bindings.unbindContentBidirectional(topicFilter, session.topicFilter());
    }

    public Session session() {
        return session;
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

    public ReadOnlyObjectProperty<Edition> selectedEditionProperty() {
        return selectedEdition.getReadOnlyProperty();
    }

    public Edition selectedEdition() {
        return selectedEdition.get();
    }

    public void select(String editionId) {
        session.select(editionId);
    }

    /** Topic ids to keep; empty means no filter. */
    public ObservableSet<String> topicFilter() {
        return topicFilter;
    }

    public boolean passesFilter(java.util.Collection<String> topics) {
        return topicFilter.isEmpty() || topics.stream().anyMatch(topicFilter::contains);
    }
}
