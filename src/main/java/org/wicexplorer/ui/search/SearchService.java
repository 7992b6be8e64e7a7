package org.wicexplorer.ui.search;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.search.IndexProgress;
import org.wicexplorer.search.SearchIndex;
import org.wicexplorer.search.SearchResults;
import org.wicexplorer.search.TermTrend;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The search index as the interface uses it: built in the background at start-up, with its progress
 * as properties, and queried on a worker thread so the FX thread never waits. For each kind of request
 * only the latest counts: an answer to an older query is dropped, and a query still waiting when a
 * newer one arrives is never run. Answers are handed over on the FX thread.
 */
public final class SearchService {
    /** How many hits the panel asks for; the corpus is small, so this is "all that matter". */
    public static final int LIMIT = 200;

    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-query");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong searchGeneration = new AtomicLong();
    private final AtomicLong trendGeneration = new AtomicLong();
    private volatile SearchIndex index;
    private Runnable whenReady = () -> { };

    /** The data the index is to hold: what a build starts from, and what an update brings it to. */
    private Dataset dataset;
    private SeedLibrary seeds;
    private final ExecutorService updater = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-update");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private SearchIndex.Update lastUpdate;
    private boolean started;
    private boolean closed;
    private long builds;
    private long installed;
    private final Thread exitHook = new Thread(this::closeQuietly, "search-index-close");

    /** Starts building the index at once. */
    public SearchService(Dataset dataset, SeedLibrary seeds) {
        this(dataset, seeds, true);
    }

    private SearchService(Dataset dataset, SeedLibrary seeds, boolean startNow) {
        this.dataset = dataset;
        this.seeds = seeds;
        if (startNow) {
            start();
        }
    }

    /** A service whose index is built when {@link #start} is called, or else at the first request. */
    public static SearchService startingLater(Dataset dataset, SeedLibrary seeds) {
        return new SearchService(dataset, seeds, false);
    }

    /** Starts building the index in the background, once; later calls do nothing. On the FX thread. */
    public void start() {
        if (started) {
            return;
        }
        started = true;
        build(dataset, seeds, (done, total, what) -> {
            double p = total == 0 ? 1 : (double) done / total;
            Platform.runLater(() -> progress.set(Math.max(progress.get(), p)));
        }, () -> { });
    }

    /**
     * Brings the index up to new data in place, after an edit, an undo, a reset or an import: only the facts
     * and documents that changed are re-indexed, in the background, while queries go on being answered.
     * Before the index is built this only changes what it will be built from. {@code whenDone} gets what
     * was rewritten, on the FX thread, and {@link #revisionProperty()} then moves on. On the FX thread.
     */
    public void update(Dataset dataset, SeedLibrary seeds, Consumer<SearchIndex.Update> whenDone) {
        if (closed) {
            return;
        }
        this.dataset = dataset;
        this.seeds = seeds;
        SearchIndex current = index;
        if (current == null) {
            return; // not built yet, or being built: the build's completion catches up (see build)
        }
        updater.execute(() -> {
            SearchIndex.Update done;
            try {
                done = current.update(dataset, seeds);
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> failure.set(e));
                return;
            }
            Platform.runLater(() -> {
                lastUpdate = done;
                revision.set(revision.get() + 1);
                whenDone.accept(done);
            });
        });
    }

    /** Moves on after each update of the index, so an open result list can ask again. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** What the last update rewrote, or null before the first (for tests and the benchmark). */
    public SearchIndex.Update lastUpdate() {
        return lastUpdate;
    }

    /**
     * Every build is numbered; only a build newer than the installed index is installed, so a slow first
     * build finishing after a rebuild cannot bring back the older corpus. The loser is closed.
     */
    private void build(Dataset dataset, SeedLibrary seeds, IndexProgress progressSink, Runnable whenDone) {
        long generation = ++builds;
        Dataset building = dataset;
        SearchIndex.buildInBackground(dataset, seeds, progressSink)
                .whenComplete((built, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        failure.set(error);
                        return;
                    }
                    if (closed || generation < installed) {
                        closeQuietly(built);
                        return;
                    }
                    SearchIndex old = index;
                    index = built;
                    installed = generation;
                    if (old != null) {
                        // Queries run on the worker; closing there waits for the one in flight.
                        worker.execute(() -> closeQuietly(old));
                    } else {
                        Runtime.getRuntime().addShutdownHook(exitHook);
                    }
                    progress.set(1);
                    if (!ready.get()) {
                        ready.set(true);
                        whenReady.run();
                    }
                    whenDone.run();
                    if (this.dataset != building) {
                        // Edited while the index was being built: bring it up to date in place.
                        update(this.dataset, this.seeds, u -> { });
                    }
                }));
    }

    /**
     * Lets go of the index and its worker, for a window that was replaced (after an edit or a language
     * switch): its temporary folder is deleted now, not at exit. On the FX thread.
     */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        SearchIndex last = index;
        index = null;
        if (last != null) {
            worker.execute(() -> closeQuietly(last));
            try {
                Runtime.getRuntime().removeShutdownHook(exitHook);
            } catch (IllegalStateException exiting) {
                // The JVM is exiting: the hook closes the index anyway.
            }
        }
        worker.shutdown();
        updater.shutdown();
    }

    private static void closeQuietly(SearchIndex old) {
        try {
            old.close();
        } catch (IOException | RuntimeException e) {
            // A temporary folder left behind is harmless.
        }
    }

    /** From 0 to 1 while the index is built. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Why the index could not be built, or null. */
    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Searches off the FX thread; {@code onResult} runs on the FX thread, and only for the latest query. */
    public void search(String query, Consumer<SearchResults> onResult) {
        submit(searchGeneration, i -> i.search(query, LIMIT), onResult);
    }

    /** Counts a query's hits per edition and document, off the FX thread; latest request wins. */
    public void trend(String query, Consumer<TermTrend> onResult) {
        submit(trendGeneration, i -> i.trend(query), onResult);
    }

    /** A search answered on its own, never dropped for a newer one (the trend's list of hits). */
    public void searchOnce(String query, Consumer<SearchResults> onResult) {
        submit(new AtomicLong(), i -> i.search(query, LIMIT), onResult);
    }

    private <T> void submit(AtomicLong generation, Function<SearchIndex, T> job, Consumer<T> onResult) {
        if (closed) {
            return;
        }
        start();
        long mine = generation.incrementAndGet();
        Runnable run = () -> worker.execute(() -> {
            SearchIndex i = index;
            if (generation.get() != mine || i == null) {
                return;
            }
            T result;
            try {
                result = job.apply(i);
            } catch (RuntimeException e) {
                Platform.runLater(() -> failure.set(e));
                return;
            }
            Platform.runLater(() -> {
                if (generation.get() == mine) {
                    onResult.accept(result);
                }
            });
        });
        if (index != null) {
            run.run();
        } else {
            // Asked before the index is ready: run once it is (newer requests supersede this one).
            Runnable before = whenReady;
            whenReady = () -> {
                before.run();
                run.run();
            };
        }
    }

    private void closeQuietly() {
        try {
            SearchIndex i = index;
            if (i != null) {
                i.close();
            }
        } catch (IOException | RuntimeException e) {
            // Leaving a temporary folder behind at exit is harmless.
        }
    }
}
