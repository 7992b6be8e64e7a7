package org.wicexplorer.ui.interchange;

import java.util.ArrayList;
import java.util.List;
import org.wicexplorer.interchange.ImportTarget;
import org.wicexplorer.model.Dataset;

/**
 * INTERIM, to be replaced at merge time: the user layer ({@code org.wicexplorer.userdata}) is built in
 * parallel, and {@code UserDataService.importItems(Dataset)} is where imported items belong. Until it is
 * connected ({@link DataMenu#setTarget}), imported items are only kept for this session.
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
