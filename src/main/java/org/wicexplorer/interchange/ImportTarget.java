package org.wicexplorer.interchange;

import org.wicexplorer.data.DataException;
import org.wicexplorer.model.Dataset;

/**
 * Where imported dataset items go: the user layer over the bundled dataset. Called on the FX thread, once,
 * after the whole import validated. {@code fragment} holds only new items (ids not in the current
 * dataset); its items may refer to items of the current dataset. Throwing leaves the data unchanged.
 */
public interface ImportTarget {
    /**
     * Whether {@link #addItems} would take the fragment, without changing anything. Called on the FX thread
     * before any imported document is written, so a refused import leaves nothing behind.
     */
    default void check(Dataset fragment) throws DataException {
    }

    void addItems(Dataset fragment) throws DataException;
}
