package org.wicexplorer.ui.cite;

import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.ui.ExplorerModel;
import org.wicexplorer.ui.Navigator;

/**
 * What a view needs to show facts with their citations: the library as it is now (read from the session
 * each time, so a view built before an edit shows the edited data) and the navigator.
 */
public record CiteContext(ExplorerModel model, Navigator navigator) {
    public Dataset dataset() {
        return model.dataset();
    }

    public SeedLibrary seeds() {
        return model.seeds();
    }
}
