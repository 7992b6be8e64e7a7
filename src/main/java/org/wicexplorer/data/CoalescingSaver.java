package org.wicexplorer.data;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Saves a value off the calling thread (the FX thread, for settings), one save at a time, and coalesced:
 * values submitted while a save is running or waiting replace each other, so only the newest is written
 * next. Each save is whatever the {@link Writer} does, atomic for the stores that use it. {@link #flush()}
 * waits until the newest value is on disk; {@link #close()} flushes and stops the thread, after which a
 * value is written at once on the caller's thread.
 */
public final class CoalescingSaver<T> implements AutoCloseable {
    /** Writes one value; the saver calls it on its own thread, never two at a time. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(T value) throws IOException;
    }

    private final AtomicReference<T> pending = new AtomicReference<>();
    private final Writer<T> writer;
    private final Consumer<IOException> onFailure;
    private final ExecutorService thread;

    public CoalescingSaver(String name, Writer<T> writer, Consumer<IOException> onFailure) {
        this.writer = writer;
        this.onFailure = onFailure;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Asks for the value to be saved; returns at once. A value not yet written is replaced by this one. */
    public void submit(T value) {
        if (value == null) {
            throw new NullPointerException("nothing to save");
        }
        if (pending.getAndSet(value) == null) {
            try {
                thread.execute(this::drain);
            } catch (RejectedExecutionException closed) {
                drain(); // after close (a window hidden as the app stops): write on the caller's thread
            }
        }
    }

    private void drain() {
        T value = pending.getAndSet(null);
        if (value != null) {
            try {
                writer.write(value);
            } catch (IOException e) {
                onFailure.accept(e);
            }
        }
    }

    /** Waits until every value submitted before this call has been written (or failed). */
    public void flush() {
        if (thread.isShutdown()) {
            drain();
            return;
        }
        try {
            thread.submit(this::drain).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("saving failed", e.getCause());
        }
    }

    /**
     * Flushes when the JVM exits, for a saver whose owner has no stop of its own (daemon threads still run
     * while shutdown hooks do).
     */
    public CoalescingSaver<T> flushingOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::flush, "flush " + this));
        return this;
    }

    @Override
    public void close() {
        flush();
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
