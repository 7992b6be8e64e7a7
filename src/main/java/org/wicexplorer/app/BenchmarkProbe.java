package org.wicexplorer.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.wicexplorer.ui.MainWindow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * {@code --benchmark}: the app's side of the start-up and memory benchmarks (bench/run.sh, T1 and T4;
 * docs/performance.md). At the end of the first pulse that lays out the shown window, whose frame is the
 * first painted, it notes the time since launch; then it steps once through every edition (one per frame,
 * so each edition's panes are built and drawn) and prints one line,
 * {@code benchmark: first-frame-ms=… vmhwm-kb=… …}, and exits.
 *
 * <p>Launch time is the system property {@code wic.benchmark.launched} (epoch microseconds, set by the
 * harness just before it starts the process) or else the process's start as the OS reports it.
 */
final class BenchmarkProbe {
    private final Stage stage;
    private final MainWindow window;
    private double firstFrameMs;
    private long firstFrameHwm;

    private BenchmarkProbe(Stage stage, MainWindow window) {
        this.stage = stage;
        this.window = window;
    }

    static void start(Stage stage, MainWindow window) {
        BenchmarkProbe probe = new BenchmarkProbe(stage, window);
        Scene scene = stage.getScene();
        Runnable[] firstFrame = new Runnable[1];
        firstFrame[0] = () -> {
            if (stage.isShowing() && scene.getRoot().getLayoutBounds().getWidth() > 0) {
                scene.removePostLayoutPulseListener(firstFrame[0]);
                probe.firstFrame();
            }
        };
        scene.addPostLayoutPulseListener(firstFrame[0]);
    }

    private void firstFrame() {
        firstFrameMs = millisSinceLaunch();
        firstFrameHwm = kilobytes("VmHWM");
        int editions = window.model().dataset().editions().size();
        new AnimationTimer() {
            private int frame;

            @Override
            public void handle(long now) {
                if (frame < editions) {
                    window.timeline().view().selectNext();
                } else if (frame > editions + 1) {
                    stop();
                    report(editions);
                }
                frame++;
            }
        }.start();
    }

    private void report(int editions) {
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "benchmark: first-frame-ms=%.1f vmhwm-first-frame-kb=%d vmhwm-kb=%d "
                        + "vmrss-kb=%d heap-used-mb=%.1f editions-stepped=%d window=%.0fx%.0f%n",
                firstFrameMs, firstFrameHwm, kilobytes("VmHWM"), kilobytes("VmRSS"),
                (rt.totalMemory() - rt.freeMemory()) / 1e6, editions, stage.getWidth(), stage.getHeight());
        System.out.flush();
        Platform.exit();
    }

    static double millisSinceLaunch() {
        String launched = System.getProperty("wic.benchmark.launched");
        Instant start = launched != null
                ? Instant.EPOCH.plusNanos(Long.parseLong(launched) * 1000)
                : ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(start, Instant.now()).toNanos() / 1e6;
    }

    /** A field of /proc/self/status in kB (VmHWM: peak resident set); -1 where there is none. */
    static long kilobytes(String field) {
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
