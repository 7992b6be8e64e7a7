package org.wicexplorer.bench;

import org.wicexplorer.app.StartupData;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Fact;
import org.wicexplorer.search.IndexProgress;
import org.wicexplorer.search.SearchIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * T5: an edit of one edition's theme until search finds the new words, on the bundled data. "Before" is the
 * path the app took until issue 12: a new index built from scratch over the edited data. "After" is
 * {@link SearchIndex#update}: only the changed facts re-indexed, then the query. Each run edits the theme to
 * new words, so every update has something to do.
 */
final class EditUpdate {
    record Result(List<Double> rebuildMs, List<Double> updateMs, int rebuildDocuments, int updateDocuments) {
    }

    private EditUpdate() {
    }

    static Result run(int runs) throws Exception {
        StartupData data = StartupData.load(null);
        Dataset bundled = data.dataset();
        SeedLibrary seeds = data.seeds();
        List<Double> rebuild = new ArrayList<>();
        List<Double> update = new ArrayList<>();
        int rebuildDocs = 0;
        int updateDocs = 0;
        try (SearchIndex index = SearchIndex.build(bundled, seeds, IndexProgress.NONE)) {
            // Warm both paths once (class loading, SmartCN's dictionaries), unmeasured.
            index.update(edited(bundled, 0), seeds);
            SearchIndex.build(edited(bundled, 0), seeds, IndexProgress.NONE).close();
            for (int i = 1; i <= runs; i++) {
                Dataset next = edited(bundled, i);
                String word = word(i);

                long t0 = System.nanoTime();
                try (SearchIndex fresh = SearchIndex.build(next, seeds, IndexProgress.NONE)) {
                    check(fresh, word);
                    rebuild.add((System.nanoTime() - t0) / 1e6);
                    rebuildDocs = fresh.size();
                }

                t0 = System.nanoTime();
                SearchIndex.Update done = index.update(next, seeds);
                check(index, word);
                update.add((System.nanoTime() - t0) / 1e6);
                updateDocs = done.total();
            }
        }
        return new Result(rebuild, update, rebuildDocs, updateDocs);
    }

    private static void check(SearchIndex index, String word) {
        if (index.search(word, 5).hits().stream().noneMatch(h -> h.id().equals("wic-2015"))) {
            throw new IllegalStateException("the edited theme is not found by \"" + word + "\"");
        }
    }

    private static String word(int i) {
        return "benchedit" + (char) ('a' + i % 26) + (char) ('a' + (i / 26) % 26);
    }

    private static Dataset edited(Dataset d, int i) {
        List<Edition> editions = new ArrayList<>();
        for (Edition e : d.editions()) {
            editions.add(!e.id().equals("wic-2015") ? e : new Edition(e.id(), e.year(), e.ordinal(), e.kind(), e.label(),
                    e.name(), e.dates(), e.venue(), new Fact("Theme after edit " + word(i), e.theme().zh(),
                    e.theme().sources(), null), e.attendance(), e.sessions(), e.summary(), e.highlights(), e.topics()));
        }
        return new Dataset(d.info(), d.topics(), editions, d.people(), d.appearances(), d.controversies(),
                d.documents(), d.milestones(), d.eras(), d.conflicts(), d.aliases(), d.citations());
    }
}
