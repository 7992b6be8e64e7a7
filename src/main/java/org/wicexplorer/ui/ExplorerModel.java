package org.wicexplorer.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;

/**
 * What the user has chosen in the explorer: the dataset shown, the selected edition and the topic filter.
 * Views observe it; nothing here knows about nodes.
 */
public final class ExplorerModel {
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final SeedLibrary seeds;
    private final ObjectProperty<Edition> selectedEdition = new SimpleObjectProperty<>(this, "selectedEdition");
    private final ObservableSet<String> topicFilter = FXCollections.observableSet();

    public ExplorerModel(Dataset dataset, SeedLibrary seeds) {
        this.dataset.set(dataset);
        this.seeds = seeds;
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public Dataset dataset() {
        return dataset.get();
    }

    public SeedLibrary seeds() {
        return seeds;
    }

    public ObjectProperty<Edition> selectedEditionProperty() {
        return selectedEdition;
    }

    public Edition selectedEdition() {
        return selectedEdition.get();
    }

    public void select(String editionId) {
        dataset().edition(editionId).ifPresent(selectedEdition::set);
    }

    /** Topic ids to keep; empty means no filter. */
    public ObservableSet<String> topicFilter() {
        return topicFilter;
    }

    public boolean passesFilter(java.util.Collection<String> topics) {
        return topicFilter.isEmpty() || topics.stream().anyMatch(topicFilter::contains);
    }
}
