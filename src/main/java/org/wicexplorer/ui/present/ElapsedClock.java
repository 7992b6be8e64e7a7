package org.wicexplorer.ui.present;

import java.time.Duration;
import java.util.function.LongSupplier;

/** How long the class has been going: starts with the presentation, read from a clock tests can drive. */
final class ElapsedClock {
    private final LongSupplier nanos;
    private final long start;

    ElapsedClock(LongSupplier nanos) {
        this.nanos = nanos;
        this.start = nanos.getAsLong();
    }

    static ElapsedClock system() {
        return new ElapsedClock(System::nanoTime);
    }

    Duration elapsed() {
        return Duration.ofNanos(Math.max(0, nanos.getAsLong() - start));
    }

    /** "07:05", or "1:02:03" once past the hour. */
    static String format(Duration d) {
        long s = d.toSeconds();
        long h = s / 3600;
        long m = s % 3600 / 60;
        long sec = s % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, sec) : String.format("%02d:%02d", m, sec);
    }
}
