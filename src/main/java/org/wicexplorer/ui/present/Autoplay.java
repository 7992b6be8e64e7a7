package org.wicexplorer.ui.present;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.util.Duration;

/**
 * Moves to the next step after a fixed interval, and stops at the last step or when told to. The
 * interval counts from the moment a step is shown, so a step reached by hand gets its full time.
 */
final class Autoplay {
    static final int MIN_SECONDS = 5;
    static final int MAX_SECONDS = 600;

    private final Deck deck;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final IntegerProperty seconds = new SimpleIntegerProperty(this, "seconds");
    private final PauseTransition timer = new PauseTransition();
    /** Overrides {@link #seconds} when set: tests need intervals far below a second. */
    private Duration exactInterval;
    /** Shows the next screen of a slide that continues; false when there is none. */
    private java.util.function.BooleanSupplier pager = () -> false;

    Autoplay(Deck deck, int seconds) {
        this.deck = deck;
        this.seconds.set(clamp(seconds));
        // Moving the deck restarts the timer through the listener below; at the end there is nowhere to go.
        timer.setOnFinished(e -> {
            if (pager.getAsBoolean()) {
                restart(); // the next screen of a slide that continues
            } else if (!deck.next()) {
                stop();
            }
        });
        deck.indexProperty().addListener((obs, old, now) -> {
            if (running.get()) {
                restart();
            }
        });
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    boolean isRunning() {
        return running.get();
    }

    IntegerProperty secondsProperty() {
        return seconds;
    }

    void setPager(java.util.function.BooleanSupplier nextScreen) {
        pager = nextScreen;
    }

    void setExactInterval(Duration interval) {
        exactInterval = interval;
    }

    /** Starts, unless the deck is already at its last step. */
    void start() {
        if (!deck.hasNext()) {
            return;
        }
        running.set(true);
        restart();
    }

    void stop() {
        running.set(false);
        timer.stop();
    }

    void toggle() {
        if (running.get()) {
            stop();
        } else {
            start();
        }
    }

    /** Lengthens or shortens the interval by this many seconds; a running timer starts over. */
    void adjust(int bySeconds) {
        seconds.set(clamp(seconds.get() + bySeconds));
        if (running.get()) {
            restart();
        }
    }

    boolean timerActive() {
        return timer.getStatus() == Animation.Status.RUNNING;
    }

    private void restart() {
        timer.stop();
        timer.setDuration(exactInterval != null ? exactInterval : Duration.seconds(seconds.get()));
        timer.playFromStart();
    }

    private static int clamp(int s) {
        return Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, s));
    }
}
