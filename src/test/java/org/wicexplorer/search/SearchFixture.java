package org.wicexplorer.search;

import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.LoadResult;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The bundled seeds and a small dataset whose quotes are real lines of them. */
final class SearchFixture {
    private SearchFixture() {
    }

    static SeedLibrary seeds() throws Exception {
        return SeedLibrary.bundled();
    }

    static Dataset dataset(SeedLibrary seeds) {
        LoadResult result = new DatasetLoader(seeds).load(resource("search-dataset.json"));
        if (!result.ok()) {
            throw new IllegalStateException("fixture does not load: " + result.problems());
        }
        return result.dataset();
    }

    static Path resource(String name) {
        try {
            return Path.of(SearchFixture.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
