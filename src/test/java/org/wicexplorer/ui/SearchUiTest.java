package org.wicexplorer.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wicexplorer.search.FactTarget;
import org.wicexplorer.search.HitKind;
import org.wicexplorer.search.PassageTarget;
import org.wicexplorer.search.SearchHit;
import org.wicexplorer.search.TextFinder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wicexplorer.ui.UiTestSupport.waitUntil;

/** Searching from the keyboard: Ctrl+K, type, move through grouped results, open one. */
@ExtendWith(ApplicationExtension.class)
class SearchUiTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = UiTestSupport.show(stage);
    }

    private void search(FxRobot robot, String query) {
        UiTestSupport.waitForSearchIndex(robot);
        robot.clickOn("#reader-title");
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#search-field").query().isFocused());
        robot.write(query);
        // The results panel joins the window when the words are first asked (after the field's short pause).
        waitUntil(() -> robot.lookup("#search-status").tryQuery().isPresent());
        Label status = robot.lookup("#search-status").queryAs(Label.class);
        waitUntil(() -> status.getText().endsWith("for “" + query + "”"));
        // The status changes first; the result rows are drawn on a later layout pass.
        waitUntil(() -> !groupHeadings(robot).isEmpty() || status.getText().equals(I18n.t("search.none", query)));
    }

    /** The hit of the selected row, as the user sees it highlighted in the list. */
    private Optional<SearchHit> selected(FxRobot robot) {
        return robot.lookup(".search-row").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isSelected() && c.getGraphic() != null && c.getGraphic().getUserData() instanceof SearchHit)
                .map(c -> (SearchHit) c.getGraphic().getUserData()).findFirst();
    }

    private Set<String> groupHeadings(FxRobot robot) {
        return robot.lookup(".search-group").queryAllAs(Label.class).stream().map(Label::getText)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Moves down to the first passage with Page Down (one group at a time). */
    private SearchHit goToPassages(FxRobot robot) {
        for (int i = 0; i < HitKind.values().length; i++) {
            Optional<SearchHit> hit = selected(robot);
            if (hit.isPresent() && hit.get().kind() == HitKind.PASSAGE) {
                return hit.get();
            }
            robot.type(KeyCode.PAGE_DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        return selected(robot).filter(h -> h.kind() == HitKind.PASSAGE).orElseThrow(() -> new AssertionError("no passage"));
    }

    @Test
    void chineseQueryFindsGroupedResultsAndOpensAPassageHighlighted(FxRobot robot) {
        search(robot, "网络主权");
        assertTrue(robot.lookup("#search-panel").query().isVisible());
        Set<String> groups = groupHeadings(robot);
        assertTrue(groups.stream().anyMatch(g -> g.startsWith("Editions (")), groups::toString);
        Label also = robot.lookup("#search-also").queryAs(Label.class);
        assertTrue(also.isVisible() && also.getText().startsWith("Also searched: "), also.getText());
        assertTrue(also.getText().contains("cyber sovereignty"), also.getText());
        List<String> matches = robot.lookup("#search-panel .search-match").queryAllAs(Text.class).stream()
                .map(Text::getText).toList();
        assertFalse(matches.isEmpty(), "matches in snippets are highlighted");

        SearchHit first = selected(robot).orElseThrow();
        assertEquals(HitKind.EDITION, first.kind(), "the best hit is selected, facts first");
        robot.type(KeyCode.DOWN);
        assertNotNull(selected(robot).orElseThrow());
        assertFalse(selected(robot).orElseThrow().equals(first), "Down moves to the next hit");

        SearchHit passage = goToPassages(robot);
        assertTrue(groupHeadings(robot).stream().anyMatch(g -> g.startsWith("Passages in the source documents (")));
        robot.type(KeyCode.ENTER);
        PassageTarget target = (PassageTarget) passage.target();
        waitUntil(() -> target.seed().equals(window.reader().documentId()));
        String highlighted = TextFinder.fold(window.reader().highlightedText());
        assertTrue(highlighted.contains("网络主权") || highlighted.contains("网路主权"), highlighted);
        Node document = robot.lookup("#reader-document").query();
        waitUntil(() -> robot.lookup("#reader .passage-highlight").queryAll().stream()
                .anyMatch(p -> p instanceof javafx.scene.shape.Path path && !path.getElements().isEmpty()
                        && UiTestSupport.within(p, document)));

        robot.clickOn("#search-field");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !robot.lookup("#search-panel").query().isVisible());
    }

    @Test
    void anEnglishPhraseFindsPassagesInBothLanguages(FxRobot robot) {
        search(robot, "cyber sovereignty");
        goToPassages(robot);
        Set<String> documents = new LinkedHashSet<>();
        List<SearchHit> seen = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            SearchHit hit = selected(robot).orElseThrow();
            if (!seen.isEmpty() && seen.get(seen.size() - 1).equals(hit)) {
                break;
            }
            seen.add(hit);
            documents.add(((PassageTarget) hit.target()).seed());
            robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(documents.contains("zh-wikipedia-wic"), "a Chinese passage: " + documents);
        assertTrue(documents.stream().anyMatch(d -> d.startsWith("en-") || d.startsWith("xi-") || d.startsWith("wuzhen-")),
                "an English passage: " + documents);
    }

    @Test
    void aPersonOpensThePeopleTabAndAControversyItsTab(FxRobot robot) {
        search(robot, "Ma Kai");
        TabPane tabs = robot.lookup(".detail-view .tab-pane").queryAs(TabPane.class);
        robot.type(KeyCode.PAGE_DOWN);
        SearchHit person = selected(robot).orElseThrow();
        assertEquals(HitKind.PERSON, person.kind(), "Page Down goes from the editions to the people");
        assertEquals("Ma Kai", person.title().en());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "tab-people".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        assertFalse(robot.lookup("#search-panel").query().isVisible(), "the panel closes to show the person");

        robot.clickOn("#search-field");
        robot.eraseText(((TextField) robot.lookup("#search-field").query()).getText().length());
        robot.write("hotel doors");
        Label status = robot.lookup("#search-status").queryAs(Label.class);
        waitUntil(() -> status.getText().endsWith("for “hotel doors”"));
        while (selected(robot).orElseThrow().kind() != HitKind.CONTROVERSY) {
            robot.type(KeyCode.DOWN);
        }
        FactTarget controversy = (FactTarget) selected(robot).orElseThrow().target();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "tab-controversies".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        assertEquals(controversy.editions().get(0), window.model().selectedEdition().id());
    }

    @Test
    void theLatestQueryWins(FxRobot robot) {
        UiTestSupport.waitForSearchIndex(robot);
        robot.clickOn("#search-field");
        robot.write("乌镇");
        robot.eraseText(2);
        robot.write("iWifi");
        waitUntil(() -> robot.lookup("#search-status").tryQuery().isPresent());
        Label status = robot.lookup("#search-status").queryAs(Label.class);
        waitUntil(() -> status.getText().endsWith("for “iWifi”"));
        WaitForAsyncUtils.sleep(0, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status.getText().endsWith("for “iWifi”"), "an older answer never replaces a newer one");
        String title = selected(robot).orElseThrow().title().en();
        assertNotNull(title);
    }

    @Test
    void theTrendOfAQueryHasBarsThatListTheirHits(FxRobot robot) {
        search(robot, "sovereignty");
        robot.clickOn("#search-trend");
        // Looked up on the FX thread: the click is still rearranging the scene (panel, tab, chart).
        TabPane tabs = onFx(() -> robot.lookup(".detail-view .tab-pane").queryAs(TabPane.class));
        waitUntil(() -> "tab-trend".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        Label summary = onFx(() -> robot.lookup("#trend-summary").queryAs(Label.class));
        waitUntil(() -> summary.getText().startsWith("“sovereignty”: "));
        List<Node> bars = onFx(() -> new ArrayList<>(robot.lookup("#trend-chart .trend-bar").queryAll()));
        Set<String> years = bars.stream()
                .map(b -> ((javafx.scene.chart.XYChart.Data<?, ?>) b.getUserData()).getXValue().toString())
                .collect(Collectors.toSet());
        assertTrue(years.size() >= 2, "hits in at least two years: " + years);
        assertTrue(years.contains("2014") && years.contains("2015"), years.toString());

        Node bar2014 = bars.stream()
                .filter(b -> "2014".equals(((javafx.scene.chart.XYChart.Data<?, ?>) b.getUserData()).getXValue()))
                .findFirst().orElseThrow();
        robot.clickOn(bar2014);
        Label title = robot.lookup("#trend-hits-title").queryAs(Label.class);
        waitUntil(() -> title.getText().startsWith("2014: ") && !robot.lookup("#trend-hits .trend-hit").queryAll().isEmpty());
        Set<Node> hits = robot.lookup("#trend-hits .trend-hit").queryAll();
        assertTrue(title.getText().contains(hits.size() + " matching facts"), title.getText());
        for (Node hit : hits) {
            SearchHit h = (SearchHit) hit.getUserData();
            assertTrue(((FactTarget) h.target()).editions().contains("wic-2014"), h.id());
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> query) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(query).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
