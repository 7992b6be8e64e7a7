package org.wicexplorer.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wicexplorer.data.QuoteMatcher;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.ui.cite.CitationMarker;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The explorer as a user drives it: real window, real dataset, clicks and keys. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {
    private MainWindow window;
    private Dataset dataset;

    @Start
    void start(Stage stage) throws Exception {
        window = UiTestSupport.show(stage);
        dataset = window.model().dataset();
    }

    private void select(FxRobot robot, String editionId) {
        robot.interact(() -> window.model().select(editionId));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Set<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Node.class).stream()
                .map(n -> n instanceof Label l ? l.getText() : n instanceof Text t ? t.getText() : "")
                .collect(Collectors.toSet());
    }

    @Test
    void theHeaderShowsTheSelectedEditionInBothLanguages(FxRobot robot) {
        select(robot, "wic-2015");
        Set<String> titles = texts(robot, ".edition-title");
        assertTrue(titles.contains("2nd World Internet Conference (Wuzhen Summit)") || titles.stream().anyMatch(t -> t.startsWith("2nd World")),
                titles::toString);
        assertTrue(texts(robot, ".edition-title-zh").contains("第二届世界互联网大会"));
    }

    /**
     * The window holds what it shows (start-up, ADR 0023): the tabs that are not about one edition, the Trend
     * tab's chart and the search results are not in the window until they are first wanted, and then work; a
     * tab's page is in the window only while the tab is shown.
     */
    @Test
    void theFirstFrameBuildsOnlyWhatItShows(FxRobot robot) {
        TabPane tabs = window.detail().tabs();
        assertTrue(robot.lookup(".chart").queryAll().isEmpty(), "no chart before the Trend tab is shown");
        assertTrue(robot.lookup("#search-results").queryAll().isEmpty(), "no result list before a search");
        java.util.Map<String, String> shows = java.util.Map.of("tab-compare", "#compare-left", "tab-trend", "#trend-chart",
                "tab-people", "#people-list");
        for (String id : java.util.List.of("tab-compare", "tab-trend", "tab-people")) {
            javafx.scene.control.Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
            assertEquals(null, tab.getContent(), id + " has no content in the window before it is shown");
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(tab.getContent() != null && tab.getContent().getScene() != null, id + " shows its content");
            assertFalse(robot.lookup(shows.get(id)).queryAll().isEmpty(), id + " shows " + shows.get(id));
        }
        // A tab's page leaves the window when another tab is shown, and comes back as it was.
        javafx.scene.control.Tab compare = tabs.getTabs().stream().filter(t -> "tab-compare".equals(t.getId()))
                .findFirst().orElseThrow();
        assertEquals(null, compare.getContent(), "the Compare tab's page is out of the window behind another tab");
        assertTrue(robot.lookup("#compare-left").queryAll().isEmpty());
        robot.interact(() -> tabs.getSelectionModel().select(compare));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#compare-left").queryAll().isEmpty(), "and back when it is shown again");
    }

    private CitationMarker firstMarker(FxRobot robot, java.util.function.Predicate<Citation> kind) {
        return robot.lookup(".detail-view .citation-marker").queryAllAs(CitationMarker.class).stream()
                .filter(UiTestSupport::onScreen)
                .filter(m -> kind.test(dataset.citation((String) m.getUserData()).orElseThrow()))
                .findFirst().orElseThrow();
    }

    @Test
    void aSeedCitationOpensTheDocumentAtTheQuotedPassage(FxRobot robot) {
        select(robot, "wic-2015");
        CitationMarker marker = firstMarker(robot, Citation::isSeed);
        Citation citation = dataset.citation((String) marker.getUserData()).orElseThrow();
        robot.clickOn(marker);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(citation.document(), window.reader().documentId());
        assertEquals(QuoteMatcher.normalise(citation.quote()), QuoteMatcher.normalise(window.reader().highlightedText()));
        assertFalse(robot.lookup(".passage-highlight").queryAll().isEmpty());
    }

    @Test
    void aWebCitationShowsPublisherAndAddressWithoutGoingOnline(FxRobot robot) {
        select(robot, "wic-2014");
        CitationMarker marker = firstMarker(robot, c -> !c.isSeed());
        Citation citation = dataset.citation((String) marker.getUserData()).orElseThrow();
        robot.clickOn(marker);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(citation.url(), robot.lookup("#source-url").queryLabeled().getText());
        assertTrue(texts(robot, ".web-quote").contains("“" + citation.quote() + "”"));
        assertEquals(null, window.reader().documentId());
    }

    @Test
    void disputedEditionsShowABadgeThatOpensTheCompetingClaims(FxRobot robot) {
        select(robot, "wic-2019");
        Button badge = robot.lookup("#disputed-badge").queryAs(Button.class);
        assertTrue(badge.isVisible());
        assertTrue(badge.getText().contains("dates"), badge.getText());
        robot.clickOn(badge);
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> status = texts(robot, ".conflicts-popover .claim-followed");
        assertTrue(status.contains("✓ Followed by this dataset"), status::toString);
        assertTrue(robot.lookup(".conflicts-popover .claim").queryAll().size() >= 2);

        select(robot, "wic-2016");
        assertFalse(robot.lookup("#disputed-badge").queryAs(Button.class).isVisible(), "2016 has no recorded conflict");
    }

    @Test
    void compareShowsBothEditionsSideBySide(FxRobot robot) {
        select(robot, "wic-2015");
        robot.clickOn("#compare-button");
        select(robot, "wic-2019");
        TabPane tabs = robot.lookup(".detail-view .tab-pane").queryAs(TabPane.class);
        assertEquals("tab-compare", tabs.getSelectionModel().getSelectedItem().getId());
        Set<String> left = robot.lookup(".compare-left-cell .fact-en").queryAllAs(Text.class).stream()
                .map(Text::getText).collect(Collectors.toSet());
        Set<String> right = robot.lookup(".compare-right-cell .fact-en").queryAllAs(Text.class).stream()
                .map(Text::getText).collect(Collectors.toSet());
        assertTrue(left.contains(dataset.edition("wic-2015").orElseThrow().name().en()), left::toString);
        assertTrue(right.contains(dataset.edition("wic-2019").orElseThrow().name().en()), right::toString);
        assertTrue(right.contains(dataset.edition("wic-2019").orElseThrow().theme().en()));
    }

    @Test
    void aSpeakerLinksToAllTheirAppearances(FxRobot robot) {
        select(robot, "wic-2015");
        robot.clickOn("Speakers");
        WaitForAsyncUtils.waitForFxEvents();
        Node link = robot.lookup(".person-link").queryAllAs(Node.class).stream()
                .filter(UiTestSupport::onScreen).findFirst().orElseThrow();
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup(".detail-view .tab-pane").queryAs(TabPane.class);
        assertEquals("tab-people", tabs.getSelectionModel().getSelectedItem().getId());
        String name = robot.lookup("#person-title").queryAs(Label.class).getText();
        String personId = dataset.people().stream().filter(p -> p.name().in(org.wicexplorer.model.Language.EN).equals(name))
                .findFirst().orElseThrow().id();
        assertEquals(dataset.appearancesOf(personId).size(), robot.lookup(".appearance-edition").queryAll().size());
        assertTrue(dataset.appearancesOf(personId).stream().anyMatch(a -> a.edition().equals("wic-2015")));
    }
}
