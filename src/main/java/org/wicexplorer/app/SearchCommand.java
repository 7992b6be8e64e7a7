package org.wicexplorer.app;

import org.wicexplorer.data.DataException;
import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.LoadResult;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.search.HitKind;
import org.wicexplorer.search.IndexProgress;
import org.wicexplorer.search.PassageTarget;
import org.wicexplorer.search.SearchHit;
import org.wicexplorer.search.SearchIndex;
import org.wicexplorer.search.SearchResults;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

/**
 * {@code --search QUERY}: indexes the bundled seeds and dataset, then prints the best hits, one per
 * line, as {@code kind<TAB>id<TAB>score<TAB>snippet}. A passage's id is {@code seed#start-end}, its
 * range in the document's clean text. Runs without the JavaFX toolkit.
 */
public final class SearchCommand {
    static final int LIMIT = 20;

    private SearchCommand() {
    }

    /** Exit status 0 when the search ran (even with no hit), 1 when the seeds or the index failed. */
    public static int run(String query, PrintStream out, PrintStream err) {
        SeedLibrary seeds;
        try {
            seeds = SeedLibrary.bundled();
        } catch (DataException e) {
            err.println("wic-explorer: cannot read the bundled seed documents:");
            e.problems().forEach(p -> err.println("  " + p));
            return 1;
        }
        LoadResult dataset = new DatasetLoader(seeds).loadBundled();
        if (!dataset.ok()) {
            err.println("wic-explorer: the bundled dataset cannot be used, so only the seed documents are searched:");
            dataset.problems().forEach(p -> err.println("  " + p));
        }
        try (SearchIndex index = SearchIndex.build(dataset.dataset(), seeds, IndexProgress.NONE)) {
            SearchResults results = index.search(query, LIMIT);
            for (SearchHit hit : results.hits()) {
                out.println(hit.kind().label() + '\t' + id(hit) + '\t'
                        + String.format(Locale.ROOT, "%.3f", hit.score()) + '\t' + hit.snippet().oneLine());
            }
            if (results.hits().isEmpty()) {
                err.println("wic-explorer: nothing found for \"" + query + "\"");
            }
            return 0;
        } catch (IOException e) {
            err.println("wic-explorer: cannot build the search index: " + e.getMessage());
            return 1;
        }
    }

    private static String id(SearchHit hit) {
        if (hit.kind() == HitKind.PASSAGE && hit.target() instanceof PassageTarget p) {
            return p.seed() + '#' + p.passage().start() + '-' + p.passage().end();
        }
        return hit.id();
    }
}
