package org.wicexplorer.bench.memory;

import org.wicexplorer.bench.BenchQueries;
import org.wicexplorer.app.LaunchMetrics;
import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.LoadResult;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.search.IndexProgress;
import org.wicexplorer.search.SearchIndex;
import org.wicexplorer.search.SearchIndexSize;

import java.nio.file.Path;
import java.util.Locale;

/**
 * T4 with the corpus, and T3's one-shot figures: in a fresh JVM, loads the bundled dataset and a corpus
 * folder as the seed library, builds the search index over both, runs every benchmark query once, and
 * prints one line {@code corpus-memory: key=value ...} with the load and build times, the index's size on
 * disk and this process's peak resident memory (VmHWM).
 */
public final class CorpusMemory {
    private CorpusMemory() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        long t0 = System.nanoTime();
        SeedLibrary seeds = SeedLibrary.fromDirectory(corpus);
        long t1 = System.nanoTime();
        LoadResult dataset = new DatasetLoader(SeedLibrary.bundled()).loadBundled();
        long t2 = System.nanoTime();
        try (SearchIndex index = SearchIndex.build(dataset.dataset(), seeds, IndexProgress.NONE)) {
            long t3 = System.nanoTime();
            long hits = 0;
            for (String q : BenchQueries.ALL) {
                hits += index.search(q, 20).totalHits();
            }
            long t4 = System.nanoTime();
            System.out.printf(Locale.ROOT,
                    "corpus-memory: documents=%d corpus-load-ms=%.0f dataset-load-ms=%.0f index-build-ms=%.0f "
                            + "index-bytes=%d index-docs=%d queries=%d hits=%d first-queries-ms=%.0f "
                            + "heap-used-mb=%.0f vmhwm-kb=%d%n",
                    seeds.documents().size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6,
                    SearchIndexSize.bytes(index), index.size(), BenchQueries.ALL.size(), hits, (t4 - t3) / 1e6,
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6,
                    LaunchMetrics.kilobytes("VmHWM"));
        }
    }
}
