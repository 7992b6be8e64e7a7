package org.wicexplorer.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.wicexplorer.ui.Destination;
import org.wicexplorer.ui.reader.ReaderPane;
import org.wicexplorer.ui.MainWindow;

import java.util.Locale;

/**
 * {@code --benchmark}: the app's side of the start-up and memory benchmarks (bench/run.sh, T1 and T4;
 * docs/performance.md). At the end of the first pulse that lays out the shown window, whose frame is the
 * first painted, it notes the time since launch; then the end of the first pulse whose frame shows the
 * timeline's marks, the selected edition's overview and the reader's sources list ("ready"); then it steps once
 * through every edition (one per frame, so each edition's panes are built and drawn) and prints one line,
 * {@code benchmark: first-frame-ms=… ready-ms=… vmhwm-kb=… … phases: …}, and exits. The phases are the
 * start-up's steps as {@link LaunchMetrics#mark} noted them, in milliseconds since launch.
 *
 * <p>Timing and memory figures come from {@link LaunchMetrics}, which the bench tree's bare window uses too.
 */
final class BenchmarkProbe {
    private final Stage stage;
    private final MainWindow window;
    private double firstFrameMs;
    private long firstFrameHwm;
    private double fxCpuMs;
    private double readyMs;

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
        LaunchMetrics.mark("first-frame");
        fxCpuMs = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e6;
        firstFrameHwm = LaunchMetrics.kilobytes("VmHWM");
        int editions = window.model().dataset().editions().size();
        Scene scene = stage.getScene();
        // "Ready": the end of the first pulse whose frame shows the timeline's marks, the selected edition's
        // overview and the reader's sources list, all laid out. Only then does the stepping start.
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (readyMs == 0 && startingViewsShown()) {
                readyMs = LaunchMetrics.millisSinceLaunch();
                LaunchMetrics.mark("ready");
                scene.removePostLayoutPulseListener(check[0]);
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
        check[0].run();
        // An animation timer asks for a pulse every frame, so the check runs even when nothing else changes.
        new AnimationTimer() {
            private int frame;
            private int waited;

            @Override
            public void handle(long now) {
                if (readyMs == 0 && ++waited < 600) {
                    return;
                }
                if (readyMs == 0) {
                    readyMs = -1; // not ready after 600 frames: said so in the line, not waited for forever
                    scene.removePostLayoutPulseListener(check[0]);
                }
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

    /** The timeline's marks, the overview of the selected edition and the reader's sources list, each laid out. */
    private boolean startingViewsShown() {
        Node marks = stage.getScene().lookup(".timeline-marks");
        boolean timeline = marks instanceof Parent p && p.getChildrenUnmodifiable().stream()
                .anyMatch(m -> m.isVisible() && m.getLayoutBounds().getWidth() > 0);
        Tab tab = window.detail().tabs().getSelectionModel().getSelectedItem();
        boolean overview = tab != null && Destination.OVERVIEW.tabId().equals(tab.getId())
                && tab.getContent() instanceof ScrollPane scroll && scroll.getContent() != null
                && scroll.getContent().getLayoutBounds().getHeight() > 0;
        // The reader: at a first start its list of the sources (the welcome), else the document it had open.
        ReaderPane reader = window.reader();
        Node source = reader.lookup(".reader-document-link");
        boolean sources = reader.getHeight() > 0 && (reader.documentId() != null
                || source != null && source.getLayoutBounds().getWidth() > 0);
        return timeline && overview && sources;
    }

    private void report(int editions) {
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "benchmark: first-frame-ms=%.1f ready-ms=%.1f vmhwm-first-frame-kb=%d vmhwm-kb=%d "
                        + "vmrss-kb=%d heap-used-mb=%.1f editions-stepped=%d window=%.0fx%.0f fx-cpu-ms=%.0f phases: %s%n",
                firstFrameMs, readyMs, firstFrameHwm, LaunchMetrics.kilobytes("VmHWM"), LaunchMetrics.kilobytes("VmRSS"),
                (rt.totalMemory() - rt.freeMemory()) / 1e6, editions, stage.getWidth(), stage.getHeight(), fxCpuMs, LaunchMetrics.marks());
        System.out.flush();
        Platform.exit();
    }
}
