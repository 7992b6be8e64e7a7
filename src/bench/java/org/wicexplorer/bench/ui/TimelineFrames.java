package org.wicexplorer.bench.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.wicexplorer.bench.data.Events;
import org.wicexplorer.ui.Fonts;
import org.wicexplorer.ui.timeline.TimelineEra;
import org.wicexplorer.ui.timeline.TimelineItem;
import org.wicexplorer.ui.timeline.TimelineView;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * T2: the timeline's frame time while panning and zooming. A {@link TimelineView} with the events of a TSV
 * file, in a shown 1440×420 window with the bundled font, goes through five scripted gestures (pan with
 * all shown, pan and zoom over one year, pan over two months, pan on the compressed axis). For every step,
 * on the FX thread:
 * <ul>
 *   <li><b>layout</b>: the step's change of window, then {@code view.layout()}: binary search of the items
 *   in view, label placement, mark nodes bound and placed, and the canvas drawn (its commands recorded);</li>
 *   <li><b>render</b>: {@code view.snapshot(...)} into a reused image: CSS and layout are already clean, so
 *   this is Prism rendering the timeline (marks and canvas) plus reading the pixels back, which a
 *   screen frame does not do, so it overstates render time slightly.</li>
 * </ul>
 * One warm-up round of all gestures runs first and is not counted. Prints one line:
 * {@code frames: events=… steps=… layout-p50=… … total-p95=… pipeline=…}.
 *
 * <pre>java ... TimelineFrames EVENTS.tsv [STEPS_PER_GESTURE]</pre>
 */
public final class TimelineFrames {
    private static TimelineView view;
    private static Scene scene;
    private static WritableImage image;

    private TimelineFrames() {
    }

    public static void main(String[] args) throws Exception {
        List<TimelineItem<?>> items = Events.read(Path.of(args[0]));
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        onFx(() -> {
            Fonts.load();
            view = new TimelineView(items);
            view.getLanes().setAll(Events.LANES);
            view.setCompressAround(Events.EDITION);
            view.setToday(LocalDate.of(2026, 11, 22));
            view.getEras().setAll(List.of(
                    new TimelineEra("forum", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), "2020 forum year"),
                    new TimelineEra("org", LocalDate.of(2022, 7, 12), null, "WIC as an international organisation")));
            scene = new Scene(view, 1440, 420);
            Fonts.apply(scene.getStylesheets());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            view.layout();
            image = new WritableImage((int) Math.ceil(view.getWidth()), (int) Math.ceil(view.getHeight()));
        });
        List<long[]> warmUp = new ArrayList<>();
        gestures(steps, warmUp);
        List<long[]> measured = new ArrayList<>();
        gestures(steps, measured);
        String[] names = {"fit-all-pan", "year-pan", "year-zoom", "two-months-pan", "compressed-pan"};
        StringBuilder perGesture = new StringBuilder();
        for (int g = 0; g < names.length; g++) {
            int from = g * steps;
            long[] t = measured.subList(from, from + steps).stream().mapToLong(x -> x[0] + x[1]).sorted().toArray();
            long[] l = measured.subList(from, from + steps).stream().mapToLong(x -> x[0]).sorted().toArray();
            perGesture.append(String.format(Locale.ROOT, " %s-p50=%.2f %s-p95=%.2f %s-layout-p50=%.2f", names[g],
                    ms(t, 50), names[g], ms(t, 95), names[g], ms(l, 50)));
        }
        long[] layout = measured.stream().mapToLong(s -> s[0]).sorted().toArray();
        long[] render = measured.stream().mapToLong(s -> s[1]).sorted().toArray();
        long[] total = measured.stream().mapToLong(s -> s[0] + s[1]).sorted().toArray();
        AtomicReference<String> marks = new AtomicReference<>();
        onFx(() -> marks.set(String.valueOf(view.lookupAll(".timeline-mark").size())));
        System.out.printf(Locale.ROOT, "frames: events=%d steps=%d layout-p50=%.2f layout-p95=%.2f render-p50=%.2f "
                        + "render-p95=%.2f total-p50=%.2f total-p95=%.2f total-max=%.2f mark-nodes=%s pipeline=%s%s%n",
                items.size(), total.length, ms(layout, 50), ms(layout, 95), ms(render, 50), ms(render, 95),
                ms(total, 50), ms(total, 95), total[total.length - 1] / 1e6, marks.get(), pipeline(), perGesture);
        Platform.exit();
    }

    private static void gestures(int steps, List<long[]> out) throws Exception {
        int[] flip = {0};
        onFx(view::fitAll);
        run(steps, out, v -> v.panByPixels(flip[0]++ % 2 == 0 ? 3 : -3));
        onFx(() -> view.showYear(2018));
        run(steps, out, v -> v.panByPixels(7));
        onFx(() -> view.showYear(2018));
        run(steps, out, v -> v.zoom(flip[0]++ % 2 == 0 ? 1.1 : 1 / 1.1, 700));
        onFx(() -> view.showDates(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 3, 1)));
        run(steps, out, v -> v.panByPixels(5));
        onFx(() -> {
            view.setCompressedAxis(true);
            view.fitAll();
        });
        run(steps, out, v -> v.panByPixels(flip[0]++ % 2 == 0 ? 3 : -3));
        onFx(() -> view.setCompressedAxis(false));
    }

    private static void run(int steps, List<long[]> out, Consumer<TimelineView> step) throws Exception {
        onFx(() -> {
            SnapshotParameters params = new SnapshotParameters();
            for (int i = 0; i < steps; i++) {
                long t0 = System.nanoTime();
                step.accept(view);
                view.layout();
                long t1 = System.nanoTime();
                view.snapshot(params, image);
                long t2 = System.nanoTime();
                out.add(new long[] {t1 - t0, t2 - t1});
            }
        });
    }

    private static double ms(long[] sorted, int percentile) {
        int i = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    /** Prism's pipeline (es2 or sw), read reflectively: the class path leaves javafx.graphics unnamed. */
    private static String pipeline() {
        try {
            Object p = Class.forName("com.sun.prism.GraphicsPipeline").getMethod("getPipeline").invoke(null);
            String name = p == null ? "none" : p.getClass().getSimpleName();
            return name.replace("Pipeline", "").toLowerCase(Locale.ROOT);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "unknown (" + e.getClass().getSimpleName() + ")";
        }
    }

    private static void onFx(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                r.run();
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
    }
}
