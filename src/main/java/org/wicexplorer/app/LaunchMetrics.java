package org.wicexplorer.app;

import javafx.scene.Scene;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The measurements of the start-up and memory benchmarks (T1, T4 in docs/performance.md), in one place so
 * that the app ({@code --benchmark}) and the bench tree's bare window, the platform's floor, are timed and
 * weighed by the same code. It uses nothing but JavaFX and the JDK, so the bare window loads nothing of the
 * app by using it.
 */
public final class LaunchMetrics {
    /** Launch time in epoch microseconds, set by the harness just before it starts the process. */
    public static final String LAUNCHED_PROPERTY = "wic.benchmark.launched";

    private static final java.util.List<String> MARKS = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    private LaunchMetrics() {
    }

    private static volatile boolean recording;

    /** From now on {@link #mark} notes the start-up's steps (the benchmark run only: a mark reads the clock). */
    public static void record() {
        recording = true;
    }

    /** Notes that the start-up reached {@code phase} now (milliseconds since launch); the benchmark prints them. */
    public static void mark(String phase) {
        if (recording) {
            MARKS.add(phase + "=" + Math.round(millisSinceLaunch()));
        }
    }

    /** The phases noted so far, in order: {@code name=ms …}. */
    public static String marks() {
        synchronized (MARKS) {
            return String.join(" ", MARKS);
        }
    }

    /**
     * Runs {@code action} once, at the end of the first pulse that lays out the shown window: that pulse's
     * frame is the first one painted (the painting itself, on Prism's render thread, is not waited for).
     */
    public static void onFirstFrame(Stage stage, Runnable action) {
        Scene scene = stage.getScene();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (stage.isShowing() && scene.getRoot().getLayoutBounds().getWidth() > 0) {
                scene.removePostLayoutPulseListener(listener[0]);
                action.run();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Milliseconds since {@link #LAUNCHED_PROPERTY}, or else since the process started as the OS reports it. */
    public static double millisSinceLaunch() {
        String launched = System.getProperty(LAUNCHED_PROPERTY);
        Instant start = launched != null
                ? Instant.EPOCH.plusNanos(Long.parseLong(launched) * 1000)
                : ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(start, Instant.now()).toNanos() / 1e6;
    }

    /**
     * A field of {@code /proc/self/status} in kB, such as {@code VmHWM} (peak resident set) or {@code VmRSS};
     * -1 where there is none (not Linux).
     */
    public static long kilobytes(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
