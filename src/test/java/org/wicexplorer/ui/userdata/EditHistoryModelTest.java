package org.wicexplorer.ui.userdata;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wicexplorer.app.StartupData;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.userdata.UserDataService;
import org.wicexplorer.userdata.UserDataStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Edit menu's undo and redo as a view-model: plain JUnit, no window, driven through the user's layer. */
class EditHistoryModelTest {
    private static StartupData data;

    @BeforeAll
    static void load() throws Exception {
        data = StartupData.load(null);
    }

    @AfterEach
    void english() {
        I18n.use(Locale.ENGLISH);
    }

    private UserDataService open() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-userdir", "history")), "h");
        return UserDataService.open(data.dataset(), data.seeds(), new UserDataStore(dir.resolve(UserDataStore.FILE_NAME)));
    }

    @Test
    void undoAndRedoFollowTheEditsWithTheirNames() throws Exception {
        I18n.use(Locale.ENGLISH);
        try (UserDataService service = open()) {
            EditHistoryModel history = new EditHistoryModel(service);
            assertFalse(history.canUndoProperty().get());
            assertFalse(history.canRedoProperty().get());
            assertEquals("Undo", history.undoTextProperty().get());
            assertEquals("Redo", history.redoTextProperty().get());

            service.setNote("wic-2015", "Start with the map of Wuzhen.");
            assertTrue(history.canUndoProperty().get());
            String undoText = history.undoTextProperty().get();
            assertTrue(undoText.startsWith("Undo: ") && undoText.length() > "Undo: ".length(), undoText);
            assertFalse(undoText.contains("userdata."), "the edit is named in words, not by its key: " + undoText);

            history.undo();
            assertTrue(service.layer().note("wic-2015").isEmpty(), "undo reaches the user's layer");
            assertFalse(history.canUndoProperty().get());
            assertTrue(history.canRedoProperty().get());
            assertEquals(undoText.replace("Undo: ", "Redo: "), history.redoTextProperty().get());

            history.redo();
            assertEquals("Start with the map of Wuzhen.", service.layer().note("wic-2015").orElseThrow().text());
            assertEquals(undoText, history.undoTextProperty().get());
        }
    }

    @Test
    void theTextsFollowTheInterfaceLanguageWhenRefreshed() throws Exception {
        try (UserDataService service = open()) {
            EditHistoryModel history = new EditHistoryModel(service);
            service.setNote("wic-2015", "地图");
            I18n.use(Locale.SIMPLIFIED_CHINESE);
            history.refresh();
            assertTrue(history.undoTextProperty().get().startsWith("撤销："), history.undoTextProperty().get());
            assertEquals("重做", history.redoTextProperty().get());
        }
    }
}
