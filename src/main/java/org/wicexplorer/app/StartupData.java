package org.wicexplorer.app;

import org.wicexplorer.data.DataException;
import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.LoadResult;
import org.wicexplorer.data.Problem;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.interchange.ImportedDocuments;
import org.wicexplorer.model.Dataset;

import java.nio.file.Path;
import java.util.List;

/**
 * What the window opens with: the seeds, a dataset, and the problems of a dataset the user asked for
 * but that could not be used (the bundled one is used instead, and the user is told why).
 */
public record StartupData(Dataset dataset, SeedLibrary seeds, Path requested, List<Problem> rejected) {

    public static StartupData load(Path requested) throws DataException {
        SeedLibrary seeds = SeedLibrary.bundled();
        addImportedDocuments(seeds);
        DatasetLoader loader = new DatasetLoader(seeds);
        List<Problem> rejected = List.of();
        if (requested != null) {
            LoadResult wanted = loader.load(requested);
            if (wanted.ok()) {
                return new StartupData(wanted.dataset(), seeds, requested, List.of());
            }
            rejected = wanted.problems();
        }
        LoadResult bundled = loader.loadBundled();
        if (!bundled.ok()) {
            throw new DataException(bundled.problems());
        }
        return new StartupData(bundled.dataset(), seeds, requested, rejected);
    }

    /** The user's imported documents join the seeds; a damaged store is reported and left out, never fatal. */
    private static void addImportedDocuments(SeedLibrary seeds) {
        try {
            ImportedDocuments.inUserDataHome().load().ifPresent(seeds::addAll);
        } catch (DataException e) {
            System.err.println("wic-explorer: the imported documents cannot be read and are left out:");
            e.problems().forEach(p -> System.err.println(p));
        }
    }
}
