package org.wicexplorer.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.wicexplorer.ui.MainWindow;

import java.util.Locale;

/**
 * {@code --benchmark}: the app's side of the start-up and memory benchmarks (bench/run.sh, T1 and T4;
 * docs/performance.md). At the end of the first pulse that lays out the shown window, whose frame is the
 * first painted, it notes the time since launch; then it steps once through every edition (one per frame,
 * so each edition's panes are built and drawn) and prints one line,
 * {@code benchmark: first-frame-ms=… vmhwm-kb=… …}, and exits.
 *
 * <p>Timing and memory figures come from {@link LaunchMetrics}, which the bench tree's bare window uses too.
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
        LaunchMetrics.onFirstFrame(stage, probe::firstFrame);
    }

    private void firstFrame() {
        firstFrameMs = LaunchMetrics.millisSinceLaunch();
        firstFrameHwm = LaunchMetrics.kilobytes("VmHWM");
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
                firstFrameMs, firstFrameHwm, LaunchMetrics.kilobytes("VmHWM"), LaunchMetrics.kilobytes("VmRSS"),
                (rt.totalMemory() - rt.freeMemory()) / 1e6, editions, stage.getWidth(), stage.getHeight());
        System.out.flush();
        Platform.exit();
    }
}
