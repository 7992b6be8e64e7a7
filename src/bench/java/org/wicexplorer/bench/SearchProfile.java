package org.wicexplorer.bench;

import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.search.IndexProgress;
import org.wicexplorer.search.SearchIndex;
import org.wicexplorer.search.SearchResults;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * A diagnostic, not one of T1–T4: which of the T3 queries are slow. Builds the index over a corpus folder,
 * warms up by running the whole mix for a while, then times each query alone and prints its median and
 * maximum with its hit count, slowest first.
 *
 * <pre>java -cp TEST_CLASS_PATH org.wicexplorer.bench.SearchProfile CORPUS_DIR [SECONDS_OF_WARM_UP]</pre>
 */
public final class SearchProfile {
    private SearchProfile() {
    }

    public static void main(String[] args) throws Exception {
        SeedLibrary seeds = SeedLibrary.fromDirectory(Path.of(args[0]));
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        try (SearchIndex index = SearchIndex.build(new DatasetLoader(SeedLibrary.bundled()).loadBundled().dataset(),
                seeds, IndexProgress.NONE)) {
            long until = System.nanoTime() + warmUp * 1_000_000_000L;
            while (System.nanoTime() < until) {
                for (String q : BenchQueries.ALL) {
                    index.search(q, 20);
                }
            }
            record Row(String query, double median, double max, long hits) {
            }
            Row[] rows = new Row[BenchQueries.ALL.size()];
            for (int k = 0; k < rows.length; k++) {
                String q = BenchQueries.ALL.get(k);
                long[] t = new long[31];
                SearchResults r = null;
                for (int i = 0; i < t.length; i++) {
                    long t0 = System.nanoTime();
                    r = index.search(q, 20);
                    t[i] = System.nanoTime() - t0;
                }
                Arrays.sort(t);
                rows[k] = new Row(q, t[t.length / 2] / 1e6, t[t.length - 1] / 1e6, r.totalHits());
            }
            Arrays.sort(rows, (a, b) -> Double.compare(b.median, a.median));
            for (Row row : rows) {
                System.out.printf(Locale.ROOT, "%8.2f ms median %8.2f ms max %8d hits  %s%n", row.median, row.max,
                        row.hits, row.query);
            }
        }
    }
}
