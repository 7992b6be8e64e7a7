package org.wicexplorer.search;

/**
 * Told how far building the index has got: {@code done} of {@code total} items (seed documents and
 * facts), and what is being indexed. Called on the building thread; a UI hands it over to its own.
 */
@FunctionalInterface
public interface IndexProgress {
    IndexProgress NONE = (done, total, what) -> { };

    void update(int done, int total, String what);
}
