package org.wicexplorer.app;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.wicexplorer.data.SettingsStore;
import org.wicexplorer.data.UserSettings;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Fact;
import org.wicexplorer.search.SearchHit;
import org.wicexplorer.search.SearchIndex;
import org.wicexplorer.search.SearchResults;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.search.SearchService;
import org.wicexplorer.userdata.ItemKind;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On the real application: a data edit, its undo and a language switch keep the one search index of the run,
 * updated in place (only the edited edition re-indexed), and search finds the new words at once.
 */
class EditsKeepTheSearchTest {
    @TempDir
    Path home;
    private String userdirBefore;
    private ExplorerApp app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        userdirBefore = System.getProperty("wic.userdir");
        System.setProperty("wic.userdir", home.toString());
        SettingsStore.inUserDataHome().save(UserSettings.defaults().withWindow(0, 0, 1280, 760, false).withLanguage("en"));
        Stage stage = FxToolkit.registerPrimaryStage();
        app = new ExplorerApp();
        FxToolkit.setupApplication(() -> app);
        waitUntil(() -> stage.isShowing() && app.window() != null);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        I18n.use(Locale.ENGLISH);
        if (userdirBefore == null) {
            System.clearProperty("wic.userdir");
        } else {
            System.setProperty("wic.userdir", userdirBefore);
        }
    }

    @Test
    void anEditAndItsUndoUpdateTheSameIndexInPlace() throws Exception {
        SearchService search = app.window().search();
        waitUntil(() -> search.readyProperty().get());
        assertEquals(List.of(), editionsFound(search, "zanzibarite"));

        Edition e2015 = app.window().model().dataset().edition("wic-2015").orElseThrow();
        robot.interact(() -> {
            try {
                app.userDataService().put(ItemKind.EDITION, e2015.id(), new Edition(e2015.id(), e2015.year(),
                        e2015.ordinal(), e2015.kind(), e2015.label(), e2015.name(), e2015.dates(), e2015.venue(),
                        new Fact("Zanzibarite networks for all", e2015.theme().zh(), e2015.theme().sources(), null),
                        e2015.attendance(), e2015.sessions(), e2015.summary(), e2015.highlights(), e2015.topics()),
                        "test edit");
            } catch (Exception ex) {
                throw new AssertionError(ex);
            }
        });
        waitUntil(() -> search.lastUpdate() != null);
        assertSame(search, app.window().search(), "the window shows the same search service");
        SearchIndex.Update update = search.lastUpdate();
        assertEquals(1, update.factsRewritten(), "only the edited edition is re-indexed: " + update);
        assertEquals(0, update.documentsRewritten());
        assertEquals(List.of("wic-2015"), editionsFound(search, "zanzibarite"));

        long before = search.revisionProperty().get();
        robot.interact(() -> app.userDataService().undo());
        waitUntil(() -> search.revisionProperty().get() > before);
        assertEquals(List.of(), editionsFound(search, "zanzibarite"), "undone, the words are gone from the index");
    }

    @Test
    void aLanguageSwitchKeepsTheIndex() throws Exception {
        SearchService search = app.window().search();
        waitUntil(() -> search.readyProperty().get());
        robot.interact(() -> {
            I18n.use(Locale.SIMPLIFIED_CHINESE);
            app.reopenWindow();
        });
        waitUntil(() -> app.window().search() == search);
        assertTrue(search.readyProperty().get(), "no new index is built");
        assertTrue(!editionsFound(search, "乌镇").isEmpty());
    }

    private static List<String> editionsFound(SearchService search, String query) throws Exception {
        CompletableFuture<SearchResults> answer = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> search.searchOnce(query, answer::complete));
        return answer.get(60, TimeUnit.SECONDS).hits().stream()
                .filter(h -> h.kind() == org.wicexplorer.search.HitKind.EDITION).map(SearchHit::id).toList();
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return WaitForAsyncUtils.asyncFx(condition).get();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for the window", e);
        }
    }
}
