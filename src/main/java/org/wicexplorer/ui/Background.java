package org.wicexplorer.ui;

import javafx.concurrent.Task;

import java.util.function.Consumer;

/**
 * Where a view-model runs slow work (an export, an import): off the FX thread in the window, its progress
 * and its outcome handed back on the FX thread; in line for plain JUnit, which then needs no toolkit.
 */
public interface Background {

    /** What the work reports as it goes, and where the view-model hears it (on the FX thread in the window). */
    interface Progress {
        void message(String text);

        /** From 0 to 1; negative while how much is left is unknown. */
        void done(double fraction);

        /** Progress that sets a view-model's message (never null: empty for none) and its fraction done. */
        static Progress into(javafx.beans.property.StringProperty message, javafx.beans.property.DoubleProperty done) {
            return new Progress() {
                @Override
                public void message(String text) {
                    message.set(text == null ? "" : text);
                }

                @Override
                public void done(double fraction) {
                    done.set(fraction);
                }
            };
        }
    }

    /** Slow work that may report its progress. */
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    <T> void start(String name, Work<T> work, Progress progress, Consumer<? super T> succeeded,
                   Consumer<Throwable> failed);

    /** A named daemon thread per piece of work ({@link BackgroundTasks}), reporting through a {@link Task}. */
    static Background threads() {
        return new Background() {
            @Override
            public <T> void start(String name, Work<T> work, Progress progress, Consumer<? super T> succeeded,
                                  Consumer<Throwable> failed) {
                Task<T> task = new Task<>() {
                    @Override
                    protected T call() throws Exception {
                        return work.run(new Progress() {
                            @Override
                            public void message(String text) {
                                updateMessage(text);
                            }

                            @Override
                            public void done(double fraction) {
                                updateProgress(fraction < 0 ? -1 : fraction, 1);
                            }
                        });
                    }
                };
                task.messageProperty().addListener((obs, old, text) -> progress.message(text));
                task.progressProperty().addListener((obs, old, done) -> progress.done(done.doubleValue()));
                task.setOnSucceeded(e -> succeeded.accept(task.getValue()));
                task.setOnFailed(e -> failed.accept(task.getException()));
                BackgroundTasks.start(task, name);
            }
        };
    }

    /** The work runs at once on the calling thread: for tests of view-models, without a toolkit. */
    static Background inLine() {
        return new Background() {
            @Override
            public <T> void start(String name, Work<T> work, Progress progress, Consumer<? super T> succeeded,
                                  Consumer<Throwable> failed) {
                T value;
                try {
                    value = work.run(progress);
                } catch (Exception e) {
                    failed.accept(e);
                    return;
                }
                succeeded.accept(value);
            }
        };
    }
}
