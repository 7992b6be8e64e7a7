package org.wicexplorer.app;

import org.wicexplorer.data.DataException;
import org.wicexplorer.data.SettingsStore;
import org.wicexplorer.data.UserSettings;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads the settings and loads the data on a thread of its own while JavaFX starts, so the two overlap
 * instead of following each other (start-up, T1 in docs/performance.md). {@link Main} starts it before it
 * launches the toolkit; {@link ExplorerApp#init} takes the result, or loads on its own thread when nothing
 * was started (tests that create the application directly).
 */
final class StartupPreload {
    private static CompletableFuture<Loaded> pending;

    /** What the window needs before it can be built. */
    record Loaded(SettingsStore store, UserSettings settings, StartupData data) {
    }

    private StartupPreload() {
    }

    static synchronized void start(CommandLine options) {
        CompletableFuture<Loaded> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                Loaded loaded = load(options);
                LaunchMetrics.mark("data-loaded");
                future.complete(loaded);
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "startup-preload");
        thread.setDaemon(true);
        thread.start();
        pending = future;
    }

    static Loaded take(CommandLine options) throws DataException {
        CompletableFuture<Loaded> future;
        synchronized (StartupPreload.class) {
            future = pending;
            pending = null;
        }
        if (future == null) {
            return load(options);
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof DataException d) {
                throw d;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static Loaded load(CommandLine options) throws DataException {
        SettingsStore store = SettingsStore.inUserDataHome();
        UserSettings settings = store.load();
        return new Loaded(store, settings, StartupData.load(options.dataset()));
    }
}
