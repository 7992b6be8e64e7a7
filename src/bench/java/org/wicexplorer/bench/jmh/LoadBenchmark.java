package org.wicexplorer.bench.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.LoadResult;
import org.wicexplorer.data.SeedLibrary;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Loading: the bundled seeds and dataset as the app loads them at start-up (parse, validate, check every
 * seed quote verbatim), and the corpus folder read as a seed library.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBenchmark {
    @Param("")
    public String corpus;

    @Benchmark
    public LoadResult bundledDataset() throws DataException {
        return new DatasetLoader(SeedLibrary.bundled()).loadBundled();
    }

    @Benchmark
    public SeedLibrary corpusLibrary() throws DataException {
        return corpus.isEmpty() ? SeedLibrary.bundled() : SeedLibrary.fromDirectory(Path.of(corpus));
    }
}
