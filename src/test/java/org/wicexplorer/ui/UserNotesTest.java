package org.wicexplorer.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wicexplorer.app.StartupData;
import org.wicexplorer.ui.userdata.UserDataUi;
import org.wicexplorer.userdata.ItemKind;
import org.wicexplorer.userdata.Provenance;
import org.wicexplorer.userdata.UserDataStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A teacher's note and a researcher's correction, made through the window and found again after a restart. */
@ExtendWith(ApplicationExtension.class)
class UserNotesTest {
    private StartupData data;
    private UserDataStore store;
    private UserDataUi ui;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        I18n.use(Locale.ENGLISH);
        data = StartupData.load(null);
        Path base = Path.of("target", "test-userdir", "userdata");
        Files.createDirectories(base);
        store = new UserDataStore(Files.createTempDirectory(base, "ui").resolve(UserDataStore.FILE_NAME));
        ui = UiTestSupport.explorer(stage, store).userData();
    }

    @AfterEach
    void closeService() {
        ui.service().close();
    }

    private void select(FxRobot robot, String editionId) {
        robot.interact(() -> ui.window().model().select(editionId));
        UiTestSupport.waitUntil(() -> ui.window().model().selectedEdition() != null
                && ui.window().model().selectedEdition().id().equals(editionId));
    }

    private Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    @Test
    void aNoteOnAnEditionIsShownMarkedAndFoundAgainAfterARestart(FxRobot robot) throws Exception {
        select(robot, "wic-2015");
        robot.clickOn("#note-button");
        UiTestSupport.waitUntil(() -> robot.lookup("#note-editor").tryQuery().isPresent());
        robot.clickOn("#note-editor").write("Start with the map of Wuzhen.");
        robot.clickOn("#edit-save");

        UiTestSupport.waitUntil(() -> label(robot, "#edition-note").isVisible());
        assertEquals("Your note: Start with the map of Wuzhen.", label(robot, "#edition-note").getText());
        assertTrue(label(robot, "#edition-note").getStyleClass().contains("user-note"));
        assertTrue(UiTestSupport.onScreen(label(robot, "#edition-note")));

        // Another edition has no note; coming back shows it again.
        select(robot, "wic-2016");
        assertFalse(label(robot, "#edition-note").isVisible());

        // Restart-equivalent: a new service and window read the file from disk.
        ui.service().close();
        robot.interact(() -> {
            try {
                ui = UiTestSupport.explorer(stage, store).userData();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(ui.service().startup().clean());
        select(robot, "wic-2015");
        UiTestSupport.waitUntil(() -> label(robot, "#edition-note").isVisible());
        assertEquals("Your note: Start with the map of Wuzhen.", label(robot, "#edition-note").getText());
    }

    @Test
    void aCorrectedEditionIsMarkedAndUndoTakesItBack(FxRobot robot) {
        select(robot, "wic-2016");
        robot.clickOn("#edit-menu");
        robot.clickOn(I18n.t("userdata.editEdition"));
        UiTestSupport.waitUntil(() -> robot.lookup("#edition-theme-en").tryQuery().isPresent());
        TextArea theme = robot.lookup("#edition-theme-en").queryAs(TextArea.class);
        robot.interact(() -> theme.setText("A theme corrected by a researcher"));
        javafx.scene.Parent root = ui.window().root();
        robot.clickOn("#edit-save");

        UiTestSupport.waitUntil(() -> robot.lookup("#user-badge").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertEquals("✎ Changed by you", label(robot, "#user-badge").getText());
        assertSame(root, stage.getScene().getRoot(), "the same window shows the edit");
        assertEquals("wic-2016", ui.window().model().selectedEdition().id(), "the window keeps the selection");
        assertEquals("A theme corrected by a researcher", ui.window().model().dataset()
                .edition("wic-2016").orElseThrow().theme().en());
        assertEquals(Provenance.CHANGED, ui.service().overlay().provenance(ItemKind.EDITION, "wic-2016").orElseThrow());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        UiTestSupport.waitUntil(() -> !label(robot, "#user-badge").isVisible());
        assertFalse(ui.window().model().dataset().edition("wic-2016").orElseThrow().theme().en()
                .equals("A theme corrected by a researcher"));
    }

    @Test
    void aNewEditionStartsFromTheSelectedOneAndIsMarkedAsAddedByTheUser(FxRobot robot) {
        select(robot, "wic-2016");
        int before = ui.window().model().dataset().editions().size();
        robot.clickOn("#edit-menu");
        robot.clickOn(I18n.t("userdata.addEdition"));
        UiTestSupport.waitUntil(() -> robot.lookup("#json-editor").tryQuery().isPresent());
        TextArea json = robot.lookup("#json-editor").queryAs(TextArea.class);
        assertTrue(json.getText().contains("\"new-edition\""), "a copy of 2016 under a new id");
        robot.interact(() -> json.setText(json.getText().replace("\"new-edition\"", "\"class-summit-2027\"")
                .replaceAll("\"year\"\\s*:\\s*2016", "\"year\" : 2027").replaceAll("\"2016-(\\d\\d-\\d\\d)\"", "\"2027-$1\"")));
        robot.clickOn("#edit-save");

        UiTestSupport.waitUntil(() -> ui.window().model().dataset().edition("class-summit-2027").isPresent());
        assertEquals(before + 1, ui.window().model().dataset().editions().size());
        assertEquals(Provenance.USER_MADE, ui.service().overlay().provenance(ItemKind.EDITION, "class-summit-2027")
                .orElseThrow());
        select(robot, "class-summit-2027");
        UiTestSupport.waitUntil(() -> robot.lookup("#user-badge").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertEquals("✎ Added by you", label(robot, "#user-badge").getText());
    }

    @Test
    void anAnnotationIsUnderlinedAndListedInTheReaderAndItsLinkGoesToThePassage(FxRobot robot) throws Exception {
        String seed = data.seeds().documents().get(0).id();
        robot.interact(() -> ui.window().reader().open(seed));
        String clean = ui.window().reader().readableText().clean();
        int start = clean.indexOf("World Internet Conference");
        assertTrue(start >= 0, "the first seed names the conference");
        int end = start + "World Internet Conference".length();
        robot.interact(() -> {
            try {
                ui.service().annotate(seed, start, end, clean.substring(start, end), "Ask the class who organises it.");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        UiTestSupport.waitUntil(() -> robot.lookup(".user-annotation").tryQuery().isPresent());
        javafx.scene.control.Hyperlink link = robot.lookup(".user-annotation").queryAs(javafx.scene.control.Hyperlink.class);
        assertEquals("✎ Ask the class who organises it.", link.getText());
        javafx.scene.shape.Path underline = robot.lookup(".user-annotation-mark").queryAllAs(javafx.scene.shape.Path.class)
                .stream().filter(p -> !p.getElements().isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("the annotated words are not underlined"));
        assertTrue(underline.isVisible());

        robot.clickOn(link);
        assertEquals(clean.substring(start, end), ui.window().reader().highlightedText(),
                "the link highlights the annotated passage");
    }

    @Test
    void anInvalidItemIsRefusedInTheDialogAndNothingChanges(FxRobot robot) {
        select(robot, "wic-2016");
        robot.clickOn("#edit-menu");
        robot.clickOn(I18n.t("userdata.addCitation"));
        UiTestSupport.waitUntil(() -> robot.lookup("#json-editor").tryQuery().isPresent());
        robot.clickOn("#edit-save");

        UiTestSupport.waitUntil(() -> robot.lookup("#edit-error").tryQuery().map(n -> n.isVisible()).orElse(false));
        String error = label(robot, "#edit-error").getText();
        assertTrue(error.startsWith(I18n.t("userdata.refused")), error);
        assertTrue(error.contains("citation \"c-user-1\""), error);
        assertTrue(ui.service().layer().isEmpty());

        TextArea json = robot.lookup("#json-editor").queryAs(TextArea.class);
        robot.interact(() -> json.setText("{\n  \"id\": \"c-user-1\",\n  \"quote\" 3\n}"));
        robot.clickOn("#edit-save");
        UiTestSupport.waitUntil(() -> label(robot, "#edit-error").getText().startsWith("Line 3, column"));
        robot.type(KeyCode.ESCAPE);
        assertTrue(ui.service().layer().isEmpty());
    }
}
