package org.wicexplorer.ui.search;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index is built off the FX thread with its progress reported, and only the latest query is answered. */
@ExtendWith(ApplicationExtension.class)
class SearchServiceTest {

    @Start
    void start(Stage stage) {
        // The toolkit is all this test needs.
    }

    @Test
    void buildsInTheBackgroundAndAnswersOnlyTheLatestQuery(FxRobot robot) throws Exception {
        SeedLibrary seeds = SeedLibrary.bundled();
        Dataset dataset = new DatasetLoader(seeds).loadBundled().dataset();
        List<Double> progress = new CopyOnWriteArrayList<>();
        List<String> answered = new CopyOnWriteArrayList<>();
        SearchService service = WaitForAsyncUtils.asyncFx(() -> {
            SearchService s = new SearchService(dataset, seeds);
            s.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
            // Asked before the index exists: the first is superseded by the second and never answered.
            s.search("乌镇", r -> answered.add(r.query()));
            s.search("iWifi", r -> answered.add(r.query()));
            return s;
        }).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> service.readyProperty().get() && !answered.isEmpty());
        assertEquals(1.0, progress.get(progress.size() - 1));
        assertTrue(progress.size() > 1, "progress was reported along the way: " + progress);

        robot.interact(() -> {
            service.search("sovereignty", r -> answered.add(r.query()));
            service.search("网络主权", r -> answered.add(r.query()));
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> answered.size() >= 2);
        robot.interact(() -> service.searchOnce("iWifi", r -> answered.add("once")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> answered.contains("once"));
        assertEquals(List.of("iWifi", "网络主权", "once"), answered);
    }

    @Test
    void aServiceStartingLaterBuildsNothingUntilStartedOrAsked(FxRobot robot) throws Exception {
        SeedLibrary seeds = SeedLibrary.bundled();
        Dataset dataset = new DatasetLoader(seeds).loadBundled().dataset();
        List<String> answered = new CopyOnWriteArrayList<>();
        SearchService service = WaitForAsyncUtils.asyncFx(() -> SearchService.startingLater(dataset, seeds)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.0, service.progressProperty().get(), "nothing is indexed before the window asks");
        assertFalse(service.readyProperty().get());

        // The first request starts the build and is answered once the index is ready.
        robot.interact(() -> service.search("iWifi", r -> answered.add(r.query())));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> service.readyProperty().get() && !answered.isEmpty());
        assertEquals(List.of("iWifi"), answered);
        robot.interact(service::start); // a later start changes nothing
        assertTrue(service.readyProperty().get());
    }
}
