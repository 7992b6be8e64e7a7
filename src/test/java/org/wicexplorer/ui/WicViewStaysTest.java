package org.wicexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.interchange.TimelineJs;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.ui.timeline.TimelineItem;
import org.wicexplorer.ui.timeline.TimelineLane;
import org.wicexplorer.ui.timeline.TimelineView;

/**
 * Issue 18: an imported world history (from 3000 BCE) lives in a lane of its own and leaves the default
 * "fit all" on the WIC editions; "Fit everything" shows it all. Its dates read as years, BCE as BCE.
 */
@ExtendWith(ApplicationExtension.class)
class WicViewStaysTest {
    private static final String WORLD = """
            {"title": {"text": {"headline": "World history"}},
             "events": [{"start_date": {"year": -3000}, "text": {"headline": "Writing in Sumer"}},
                        {"start_date": {"year": 1969, "month": 7, "day": 20}, "text": {"headline": "Moon landing"}},
                        {"start_date": {"year": -500000000}, "text": {"headline": "Early animals"}}],
             "eras": [{"start_date": {"year": -3000}, "end_date": {"year": -2000}, "text": {"headline": "Bronze Age"}}]}
            """;
    private TimelineView wicOnly;
    private TimelineView withWorld;

    @Start
    void start(Stage stage) throws Exception {
        SeedLibrary seeds = SeedLibrary.bundled();
        Dataset bundled = new DatasetLoader(seeds).loadBundled().dataset();
        Dataset world = TimelineJs.read("world.json", WORLD, "urn:x", seeds).dataset();
        Dataset both = new Dataset(bundled.info(), bundled.topics(), bundled.editions(), bundled.people(),
                bundled.appearances(), bundled.controversies(), bundled.documents(),
                Stream.concat(bundled.milestones().stream(), world.milestones().stream()).toList(),
                Stream.concat(bundled.eras().stream(), world.eras().stream()).toList(), bundled.conflicts(),
                bundled.aliases(), Stream.concat(bundled.citations().stream(), world.citations().stream()).toList());
        wicOnly = EditionTimeline.standalone(bundled, seeds);
        withWorld = EditionTimeline.standalone(both, seeds);
        wicOnly.setToday(LocalDate.of(2026, 12, 2));
        withWorld.setToday(LocalDate.of(2026, 12, 2));
        StackPane a = new StackPane(wicOnly);
        StackPane b = new StackPane(withWorld);
        stage.setScene(new Scene(new javafx.scene.layout.VBox(a, b), 1400, 700));
        stage.show();
    }

    @AfterEach
    void english() {
        I18n.use(Locale.ENGLISH);
    }

    @Test
    void fitAllKeepsTheWicEditionsAndFitEverythingShowsTheImport(FxRobot robot) throws Exception {
        onFx(() -> {
            wicOnly.fitAll();
            withWorld.fitAll();
            return null;
        });
        double[] wic = onFx(() -> new double[] {wicOnly.getVisibleStart(), wicOnly.getVisibleEnd()});
        double[] world = onFx(() -> new double[] {withWorld.getVisibleStart(), withWorld.getVisibleEnd()});
        assertEquals(wic[0], world[0], 1.0, "the same start as without the import");
        assertEquals(wic[1], world[1], 1.0, "the same end as without the import");

        onFx(() -> {
            withWorld.fitEverything();
            return null;
        });
        double start = onFx(withWorld::getVisibleStart);
        assertTrue(start <= LocalDate.of(-499_999_999, 1, 1).toEpochDay(), "everything reaches deep time: " + start);
        // Deep time is drawn in a moment, with a readable axis.
        long t0 = System.nanoTime();
        robot.interact(() -> withWorld.layout());
        WaitForAsyncUtils.waitForFxEvents();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 2000, "laid out in " + ms + " ms");
    }

    @Test
    void importedEventsHaveTheirOwnLaneAndShowTheirYearAsBce() throws Exception {
        List<TimelineItem<?>> items = onFx(() -> List.copyOf(withWorld.getItems()));
        TimelineItem<?> writing = items.stream().filter(i -> i.id().equals("milestone:writing-in-sumer")).findFirst().orElseThrow();
        assertEquals(EditionTimeline.IMPORTED, writing.lane());
        assertEquals("3000 BCE", writing.detail());
        assertEquals("3000 BCE", writing.label());
        assertTrue(items.stream().filter(i -> i.lane() == EditionTimeline.MILESTONES).count() > 0);
        assertTrue(onFx(() -> wicOnly.getHiddenLanes().contains(EditionTimeline.IMPORTED)), "no empty lane without an import");
        assertTrue(onFx(() -> !withWorld.getHiddenLanes().contains(EditionTimeline.IMPORTED)));
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }
}
