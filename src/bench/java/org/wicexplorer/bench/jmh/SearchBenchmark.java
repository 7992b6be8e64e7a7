package org.wicexplorer.bench.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.wicexplorer.bench.BenchQueries;
import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.search.IndexProgress;
import org.wicexplorer.search.SearchIndex;
import org.wicexplorer.search.SearchResults;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * T3: the latency of one search as the app runs it ({@code SearchIndex.search(query, 20)}: parse with
 * aliases, top 20 by BM25, a highlighted snippet for each), over the bundled dataset plus a corpus folder
 * as the seed library. Each call takes the next query of {@link BenchQueries#ALL}, so the sampled
 * distribution mixes single terms, phrases, Chinese terms and mixed queries evenly.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchBenchmark {
    /** A corpus folder (sources.json and texts); empty for the bundled seeds. */
    @Param("")
    public String corpus;

    private SearchIndex index;
    private final List<String> queries = BenchQueries.ALL;
    private int next;

    @Setup(Level.Trial)
    public void build() throws Exception {
        SeedLibrary seeds = corpus.isEmpty() ? SeedLibrary.bundled() : SeedLibrary.fromDirectory(Path.of(corpus));
        index = SearchIndex.build(new DatasetLoader(SeedLibrary.bundled()).loadBundled().dataset(), seeds,
                IndexProgress.NONE);
    }

    @Benchmark
    public SearchResults query() {
        String q = queries.get(next);
        next = next + 1 == queries.size() ? 0 : next + 1;
        return index.search(q, 20);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        index.close();
    }
}
