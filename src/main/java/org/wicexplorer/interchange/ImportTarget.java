package org.wicexplorer.interchange;

import org.wicexplorer.data.DataException;
import org.wicexplorer.model.Dataset;

/**
 * Where imported dataset items go: the user layer over the bundled dataset. Called on the FX thread, once,
 * after the whole import validated. {@code fragment} holds only new items (ids not in the current
 * dataset); its items may refer to items of the current dataset. Throwing leaves the data unchanged.
 */
public interface ImportTarget {
    void addItems(Dataset fragment) throws DataException;
}
