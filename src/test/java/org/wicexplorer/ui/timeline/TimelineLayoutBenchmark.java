package org.wicexplorer.ui.timeline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Times the layout pass of a {@link TimelineView} with 10,000 items while panning and zooming. Not a test: run
 * it by hand, headless, after {@code mvn test-compile} and building the class path:
 *
 * <pre>
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *      -cp "target/classes:target/test-classes:$(cat /tmp/tl-cp.txt)" \
 *      org.wicexplorer.ui.timeline.TimelineLayoutBenchmark [rounds]
 * </pre>
 *
 * Add {@code -Djavafx.pulseLogger=true} to see what each pulse spends on CSS, layout and rendering. The first
 * rounds include JIT warm-up; read the last.
 */
public final class TimelineLayoutBenchmark {

    private static final int STEPS = 200;
    private static TimelineView view;
    private static int counter;

    private TimelineLayoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        onFx(() -> {
            view = new TimelineView(TimelineSamples.all());
            view.getItems().addAll(TimelineSamples.bulk(10_000, 3));
            view.setToday(TimelineSamples.TODAY);
            view.getEras().setAll(TimelineSamples.eras());
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1400, 500));
            stage.show();
        });
        for (int r = 1; r <= rounds; r++) {
            System.out.println("round " + r);
            onFx(view::fitAll);
            time("fit all, pan", () -> view.panByPixels(counter++ % 2 == 0 ? 3 : -3));
            onFx(() -> view.showYear(2018));
            time("one year, pan", () -> view.panByPixels(7));
            onFx(() -> view.showYear(2018));
            time("one year, zoom", () -> view.zoom(counter++ % 2 == 0 ? 1.1 : 1 / 1.1, 700));
            onFx(() -> view.showDates(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 3, 1)));
            time("two months, pan", () -> view.panByPixels(5));
            onFx(() -> {
                view.setCompressedAxis(true);
                view.fitAll();
            });
            time("compressed, pan", () -> view.panByPixels(counter++ % 2 == 0 ? 3 : -3));
            onFx(() -> view.setCompressedAxis(false));
        }
        Platform.exit();
    }

    private static void time(String name, Runnable step) throws Exception {
        long[] nanos = new long[STEPS];
        onFx(() -> {
            for (int i = 0; i < STEPS; i++) {
                step.run();
                long start = System.nanoTime();
                view.layout();
                nanos[i] = System.nanoTime() - start;
            }
        });
        Arrays.sort(nanos);
        System.out.printf("  %-18s layout median %5.2f ms   p95 %5.2f ms   max %6.2f ms%n", name,
                nanos[STEPS / 2] / 1e6, nanos[STEPS * 95 / 100] / 1e6, nanos[STEPS - 1] / 1e6);
    }

    private static void onFx(Runnable runnable) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                runnable.run();
                view.layout();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }
}
