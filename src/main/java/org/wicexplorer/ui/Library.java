package org.wicexplorer.ui;

import org.wicexplorer.cite.CitedPassages;
import org.wicexplorer.cite.SeedTexts;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;

import java.util.Objects;

/**
 * The effective library the explorer shows, as one value: the dataset (bundled data with the user's edits),
 * the seed documents, and what is derived from them (the documents' readable texts, the passages the
 * dataset quotes). An edit, an undo, a reset or an import makes a new one ({@link #withDataset}); views
 * read it from the {@link Session}, never keep a copy. The derived parts are built once, on first use.
 */
public final class Library {
    private final Dataset dataset;
    private final SeedLibrary seeds;
    private final SeedTexts texts;
    private CitedPassages cited;

    private Library(Dataset dataset, SeedLibrary seeds, SeedTexts texts) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.seeds = Objects.requireNonNull(seeds, "seeds");
        this.texts = texts;
    }

    public static Library of(Dataset dataset, SeedLibrary seeds) {
        return new Library(dataset, seeds, new SeedTexts(seeds));
    }

    /** The same seeds (and their converted texts, shared) with another dataset: after an edit. */
    public Library withDataset(Dataset next) {
        return new Library(next, seeds, texts);
    }

    public Dataset dataset() {
        return dataset;
    }

    public SeedLibrary seeds() {
        return seeds;
    }

    /** The seed documents' readable texts, converted once and shared by every library on the same seeds. */
    public SeedTexts texts() {
        return texts;
    }

    /** Where each seed citation's quote stands, per document; built on first use. On the FX thread. */
    public CitedPassages cited() {
        if (cited == null) {
            cited = CitedPassages.build(dataset, texts);
        }
        return cited;
    }
}
