package org.wicexplorer.ui.cite;

import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.ui.Navigator;

/** What a view needs to show facts with their citations. */
public record CiteContext(Dataset dataset, SeedLibrary seeds, Navigator navigator) {
}
