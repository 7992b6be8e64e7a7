package org.wicexplorer.ui.interchange;

import java.util.ArrayList;
import java.util.List;
import org.wicexplorer.interchange.ImportTarget;
import org.wicexplorer.model.Dataset;

/**
 * Where imported items go in a window nobody connected to a user layer, such as a test's bare
 * {@code MainWindow}: they are kept for the session only. The app connects every window it shows to
 * {@code UserDataService.importItems} ({@code ExplorerApp}), so there they are saved like any edit.
 */
final class InterimImportTarget implements ImportTarget {
    private final List<Dataset> received = new ArrayList<>();

    @Override
    public void addItems(Dataset fragment) {
        received.add(fragment);
    }

    List<Dataset> received() {
        return List.copyOf(received);
    }
}
