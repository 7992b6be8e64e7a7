package org.wicexplorer.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wicexplorer.ui.timeline.TimelineItem;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Details of the explorer window a reader relies on (issue 17's minors), on the real window and data. */
@ExtendWith(ApplicationExtension.class)
class WindowDetailsTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = UiTestSupport.show(stage);
    }

    @AfterEach
    void english() {
        I18n.use(Locale.ENGLISH);
    }

    private void select(FxRobot robot, String editionId) {
        robot.interact(() -> window.model().select(editionId));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Node> shown(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().filter(UiTestSupport::onScreen).map(n -> (Node) n).toList();
    }

    @Test
    void aDisputedValueCarriesTheWarningWhereItStandsInOverviewAndCompare(FxRobot robot) {
        select(robot, "wic-2019");
        // 2019's dates and its attendance are disputed (dates-2019, attendance-countries-2019): each value
        // carries its own ⚠, and the one beside the dates says what the sources disagree about.
        List<Node> marks = shown(robot, ".detail-view .disputed-mark");
        assertEquals(2, marks.size(), "the 2019 dates and attendance are disputed");
        Node mark = marks.stream().filter(m -> text(m.getParent()).contains("October 2019")).findFirst()
                .orElseThrow(() -> new AssertionError("no ⚠ beside the dates"));
        assertTrue(((Label) mark).getAccessibleText().contains("21 or 22 October"), ((Label) mark).getAccessibleText());

        select(robot, "wic-2015");
        assertTrue(shown(robot, ".detail-view .disputed-mark").isEmpty(), "2015's dates are not disputed");

        robot.interact(() -> {
            window.detail().tabs().getSelectionModel().select(compareTab());
            ((javafx.scene.control.ComboBox<?>) window.root().lookup("#compare-left")).getSelectionModel().select(
                    window.model().dataset().editions().stream().filter(e -> e.id().equals("wic-2019")).findFirst()
                            .map(e -> window.model().dataset().editions().indexOf(e)).orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".compare-left-cell .disputed-mark").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getAccessibleText().contains("21 or 22 October")), "2019's dates, left");
        assertTrue(robot.lookup(".compare-right-cell .disputed-mark").queryAllAs(Label.class).stream()
                .noneMatch(l -> l.getAccessibleText().contains("October")), "2015's column has no 2019 dispute");
    }

    @Test
    void theSelectedEditionsLabelLeavesItsNeighboursShortLabel(FxRobot robot) {
        // A projector's width, where the labels are crowded.
        robot.interact(() -> {
            javafx.stage.Window w = window.root().getScene().getWindow();
            w.setWidth(1024);
            w.setHeight(768);
            window.timeline().view().fitAll();
        });
        for (String[] pair : new String[][] {{"wic-2014", "2nd"}, {"wic-2015", "3rd"}, {"wic-2015", "1st"}}) {
            select(robot, pair[0]);
            UiTestSupport.waitUntil(() -> robot.lookup(".lane-edition .timeline-mark-label").queryAllAs(Label.class).stream()
                    .anyMatch(l -> l.isVisible() && l.getText() != null && l.getText().startsWith(pair[1])
                            && UiTestSupport.onScreen(l)));
        }
    }

    @Test
    void theSourcesDisagreePopOverFitsTheWindowAndIsNotAllBold(FxRobot robot) throws Exception {
        select(robot, "wic-2019");
        robot.clickOn("#disputed-badge");
        UiTestSupport.waitUntil(() -> robot.lookup(".conflicts-popover").tryQuery().isPresent());
        Node pop = robot.lookup(".conflicts-popover").query();
        javafx.stage.Window main = window.root().getScene().getWindow();
        UiTestSupport.waitUntil(() -> {
            javafx.geometry.Bounds b = pop.localToScreen(pop.getBoundsInLocal());
            return b != null && b.getMaxY() <= main.getY() + main.getHeight();
        });
        List<Label> labels = robot.from(pop).lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText() != null && !l.getText().isBlank()).toList();
        assertFalse(labels.isEmpty());
        assertTrue(labels.stream().anyMatch(l -> !l.getFont().getStyle().toLowerCase(Locale.ROOT).contains("bold")),
                "only headings are bold");
        robot.interact(() -> pop.getScene().getWindow().hide());
    }

    @Test
    void theEditionsOwnTabsComeFirstAndPeopleLast() {
        List<String> ids = window.detail().tabs().getTabs().stream().map(Tab::getId).toList();
        assertEquals("tab-people", ids.get(ids.size() - 1), ids.toString());
        assertTrue(ids.indexOf("tab-compare") > ids.indexOf("tab-overview"));
    }

    @Test
    void compareAsksForASecondEditionInsteadOfComparingOneWithItself(FxRobot robot) {
        select(robot, "wic-2019");
        robot.clickOn("#compare-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(compareTab().isSelected());
        Label hint = robot.lookup("#compare-hint").queryAs(Label.class);
        assertTrue(UiTestSupport.onScreen(hint));
        assertTrue(hint.getText().startsWith("Now pick the edition to compare 2019"), hint.getText());
        assertTrue(robot.lookup(".compare-left-cell").queryAll().isEmpty(), "no edition beside itself");

        // Choosing the second edition on the timeline fills the comparison.
        select(robot, "wic-2015");
        assertTrue(robot.lookup("#compare-hint").tryQuery().isEmpty());
        assertFalse(robot.lookup(".compare-left-cell").queryAll().isEmpty());
        assertEquals("wic-2019", window.model().dataset().editions().stream()
                .filter(e -> e == ((javafx.scene.control.ComboBox<?>) window.root().lookup("#compare-left")).getValue())
                .findFirst().orElseThrow().id());
    }

    @Test
    void theHeaderTitleIsChineseFirstInTheChineseInterface(FxRobot robot) throws Exception {
        MainWindow zh = WaitForAsyncUtils.asyncFx(() -> {
            I18n.use(Locale.SIMPLIFIED_CHINESE);
            return new MainWindow(window.model().dataset(), window.model().seeds(), null);
        }).get();
        robot.interact(() -> {
            window.root().getScene().setRoot(zh.root());
            zh.model().select("wic-2015");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("第二届世界互联网大会", robot.lookup(".edition-title").queryAs(Label.class).getText());
        assertTrue(robot.lookup(".edition-title-zh").queryAs(Label.class).getText().startsWith("2nd World Internet"));
    }

    @Test
    void aDocumentWithOnlyAnEnglishTitleSaysSoInTheChineseInterface() throws Exception {
        List<TimelineItem<?>> items = WaitForAsyncUtils.asyncFx(() -> {
            I18n.use(Locale.SIMPLIFIED_CHINESE);
            return List.copyOf(EditionTimeline.standalone(window.model().dataset(), window.model().seeds()).getItems());
        }).get();
        TimelineItem<?> report = items.stream().filter(i -> i.id().equals("document:heritage-digitization-cases-2025"))
                .findFirst().orElseThrow();
        String english = window.model().dataset().documents().stream()
                .filter(d -> d.id().equals("heritage-digitization-cases-2025")).findFirst().orElseThrow().title().en();
        assertEquals(english + "（仅有英文标题）", report.title());
        assertTrue(items.stream().filter(i -> i.id().startsWith("document:") && i != report)
                .noneMatch(i -> i.title().contains("仅有英文标题") && i.title().codePoints().anyMatch(
                        c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                                && !"仅有英文标题".contains(Character.toString(c)))), "documents with a Chinese title");
    }

    private static String text(Node n) {
        StringBuilder out = new StringBuilder();
        if (n instanceof javafx.scene.text.Text t) {
            out.append(t.getText());
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.append(text(c)));
        }
        return out.toString();
    }

    private Tab compareTab() {
        return window.detail().tabs().getTabs().stream().filter(t -> "tab-compare".equals(t.getId())).findFirst()
                .orElseThrow();
    }
}
