package org.wicexplorer.ui;

import javafx.concurrent.Task;

/** Where the window's slow work (exports, imports) runs: a named daemon thread, so it never holds the app open. */
public final class BackgroundTasks {
    private BackgroundTasks() {
    }

    public static void start(Task<?> task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}
