package org.wicexplorer.ui;

import javafx.scene.Node;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wicexplorer.app.Explorer;
import org.wicexplorer.interchange.ImportedDocuments;
import org.wicexplorer.interchange.InputLimits;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Fact;
import org.wicexplorer.search.HitKind;
import org.wicexplorer.search.SearchHit;
import org.wicexplorer.search.SearchResults;
import org.wicexplorer.tour.TourStep;
import org.wicexplorer.ui.cite.CitationMarker;
import org.wicexplorer.ui.search.SearchService;
import org.wicexplorer.ui.timeline.TimelineItem;
import org.wicexplorer.userdata.ItemKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One window for the whole run (issue 12): a data edit, its undo, an import and a change of language leave
 * the same window on screen, with the state the user had: the edition, the tab, the search's words and
 * results, the reader's document and the tour. The detail pane, the timeline and search show the change.
 */
@ExtendWith(ApplicationExtension.class)
class WindowStaysTest {
    private static final String EDITION = "wic-2016";
    private static final String NEW_THEME = "Zanzibarite networks for all";
    private static final String QUERY = "internet";

    private Explorer explorer;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        explorer = UiTestSupport.explorer(stage);
    }

    @AfterEach
    void english() {
        I18n.use(Locale.ENGLISH);
    }

    /** The state a user has built up: an edition, a tab, a search with its results, a document, a tour. */
    private void arrange(FxRobot robot) {
        UiTestSupport.waitForSearchIndex(robot);
        MainWindow window = explorer.window();
        String document = explorer.session().seeds().documents().get(0).id();
        robot.interact(() -> {
            window.showEdition(EDITION);
            window.show(Destination.EditionPane.of(Destination.Pane.THEMES));
            window.openDocument(document);
            window.classroom().addPassage(TourStep.passage(document, "a passage a teacher chose"));
        });
        robot.clickOn("#search-field").write(QUERY);
        UiTestSupport.waitUntil(() -> !results(robot).isEmpty());
    }

    private record Before(Parent root, MainWindow window, SearchService search, String tab, String document,
                          List<String> results, int tourSize) {
    }

    private Before before(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> new Before(explorer.scene().getRoot(), explorer.window(),
                explorer.window().search(), selectedTab().getId(), explorer.window().reader().documentId(),
                results(robot), explorer.window().classroom().tour().get().size())).get();
    }

    /** The same window, root and search, with the user's state as it was. */
    private void assertKept(FxRobot robot, Before before) throws Exception {
        assertSame(before.root(), explorer.scene().getRoot(), "the scene keeps its root");
        assertSame(before.window(), explorer.window(), "the same window");
        assertSame(before.search(), explorer.window().search(), "the same search index");
        WaitForAsyncUtils.asyncFx(() -> {
            assertEquals(EDITION, explorer.session().selectedEdition().id(), "the edition is kept");
            assertEquals(before.tab(), selectedTab().getId(), "the tab is kept");
            assertEquals(before.document(), explorer.window().reader().documentId(), "the reader keeps its document");
            assertEquals(QUERY, robot.lookup("#search-field").queryAs(TextField.class).getText(), "the query is kept");
            assertTrue(robot.lookup("#search-panel").query().isVisible(), "the results stay open");
            assertEquals(before.tourSize(), explorer.window().classroom().tour().get().size(), "the tour is kept");
            TimelineItem selected = explorer.window().timeline().view().getSelectedItem();
            assertNotNull(selected, "the timeline keeps its selection");
            assertEquals(EDITION, selected.id());
            return null;
        }).get();
        // Asked again once the index follows the change: the words found may differ, the list stays.
        UiTestSupport.waitUntil(() -> !results(robot).isEmpty());
    }

    @Test
    void anEditOfAThemeAndItsUndoUpdateTheSameWindowInPlace(FxRobot robot) throws Exception {
        arrange(robot);
        Before before = before(robot);
        assertFalse(detailShows(NEW_THEME));
        long revision = explorer.search().revisionProperty().get();

        editTheme(robot, NEW_THEME);

        assertKept(robot, before);
        UiTestSupport.waitUntil(() -> detailShows(NEW_THEME));
        assertTrue(WaitForAsyncUtils.asyncFx(() -> timelineShows(NEW_THEME)).get(), "the timeline's mark shows the theme");
        UiTestSupport.waitUntil(() -> explorer.search().revisionProperty().get() > revision);
        assertEquals(List.of(EDITION), editionsFound("zanzibarite"), "search finds the new words");
        assertEquals(1, explorer.search().lastUpdate().factsRewritten(), "only the edited edition is indexed again");

        long edited = explorer.search().revisionProperty().get();
        robot.interact(() -> explorer.userData().service().undo());

        assertKept(robot, before);
        UiTestSupport.waitUntil(() -> !detailShows(NEW_THEME));
        assertFalse(WaitForAsyncUtils.asyncFx(() -> timelineShows(NEW_THEME)).get(), "undone on the timeline too");
        UiTestSupport.waitUntil(() -> explorer.search().revisionProperty().get() > edited);
        assertEquals(List.of(), editionsFound("zanzibarite"), "undone, the words are gone from the index");
    }

    @Test
    void anImportUpdatesTheSameWindowInPlace(FxRobot robot) throws Exception {
        arrange(robot);
        Before before = before(robot);
        Path folder = Files.createDirectory(dir.resolve("research"));
        Files.writeString(folder.resolve("events.csv"), "kind,id,start,end,title_en,title_zh,summary_en,summary_zh\n"
                + "milestone,lecture-series,2019-03-01,,Lecture series begins,讲座开始,Our own lecture series.,\n");
        robot.interact(() -> {
            explorer.window().dataMenu().model().useStore(new ImportedDocuments(dir.resolve("store")), new InputLimits(10_000, 1_000_000));
            explorer.window().dataMenu().model().importPaths(folder, List.of(Path.of("")));
        });
        UiTestSupport.waitUntil(() -> explorer.session().dataset().milestones().stream()
                .anyMatch(m -> m.id().equals("lecture-series")));
        closeOtherWindows(robot);

        assertKept(robot, before);
        assertTrue(WaitForAsyncUtils.asyncFx(() -> explorer.window().timeline().view().getItems().stream()
                .anyMatch(i -> i.id().equals("milestone:lecture-series"))).get(), "the imported event is on the timeline");
        assertFalse(explorer.window().timeline().view().getHiddenLanes().contains(EditionTimeline.IMPORTED),
                "the first imported timeline shows its lane");
    }

    @Test
    void aChangeOfLanguageKeepsTheWindowTheSearchAndTheTour(FxRobot robot) throws Exception {
        arrange(robot);
        editTheme(robot, NEW_THEME);
        UiTestSupport.waitUntil(() -> detailShows(NEW_THEME));
        Before before = before(robot);
        String tabText = WaitForAsyncUtils.asyncFx(() -> selectedTab().getText()).get();
        robot.interact(() -> detailAndReader().setDividerPositions(0.35));

        robot.interact(() -> explorer.switchLanguage(Locale.SIMPLIFIED_CHINESE));

        assertKept(robot, before);
        assertEquals(0.35, WaitForAsyncUtils.asyncFx(() -> detailAndReader().getDividerPositions()[0]).get(), 0.01,
                "the divider the user dragged stays where it was");
        String now = WaitForAsyncUtils.asyncFx(() -> selectedTab().getText()).get();
        assertFalse(now.equals(tabText), "the tab is relabelled");
        assertTrue(now.matches(".*\\p{IsHan}.*"), "in Chinese: " + now);
        UiTestSupport.waitUntil(() -> detailShows(NEW_THEME));
        assertTrue(explorer.search().readyProperty().get(), "no new index is built");
        // The old views no longer follow the session: an edit now reaches only the views on screen, once.
        editTheme(robot, "Quokka networks for all");
        UiTestSupport.waitUntil(() -> detailShows("Quokka networks for all"));
    }

    @Test
    void anEditRebindsOnlyTheTimelineMarkItChanged(FxRobot robot) throws Exception {
        UiTestSupport.waitForSearchIndex(robot);
        List<? extends TimelineItem<?>> before = WaitForAsyncUtils.asyncFx(
                () -> List.copyOf(explorer.window().timeline().view().getItems())).get();
        editTheme(robot, NEW_THEME);
        UiTestSupport.waitUntil(() -> timelineShows(NEW_THEME));
        List<? extends TimelineItem<?>> after = WaitForAsyncUtils.asyncFx(
                () -> List.copyOf(explorer.window().timeline().view().getItems())).get();
        assertEquals(before.size(), after.size());
        for (int i = 0; i < after.size(); i++) {
            if (after.get(i).id().equals(EDITION)) {
                assertFalse(after.get(i) == before.get(i), "the edited edition is a new item");
            } else {
                // The control matches its marks to items by identity: an item kept keeps its mark as it was.
                assertSame(before.get(i), after.get(i), "kept as it was: " + after.get(i).id());
            }
        }
    }

    /** With the index built: the edited edition, its Themes tab shown. */
    private void showThemesOfTheEdition(FxRobot robot) {
        UiTestSupport.waitForSearchIndex(robot);
        robot.interact(() -> {
            explorer.window().showEdition(EDITION);
            explorer.window().show(Destination.EditionPane.of(Destination.Pane.THEMES));
        });
    }

    @Test
    void anEditMadeBehindTheCompareTabShowsWhenItIsOpened(FxRobot robot) throws Exception {
        showThemesOfTheEdition(robot);
        editTheme(robot, NEW_THEME);
        UiTestSupport.waitUntil(() -> detailShows(NEW_THEME));

        robot.interact(() -> explorer.window().show(new Destination.Compare("wic-2014")));

        UiTestSupport.waitUntil(() -> detailShows(NEW_THEME));
        assertTrue(WaitForAsyncUtils.asyncFx(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<Edition> right = (javafx.scene.control.ComboBox<Edition>)
                    robot.lookup("#compare-right").query();
            return right.getItems().stream().anyMatch(e -> e.id().equals(EDITION)
                    && NEW_THEME.equals(e.theme().en()));
        }).get(), "the pickers offer the editions as edited");
    }

    @Test
    void anEditShowsItsWordsAndCitationsInTheNodesAlreadyOnScreen(FxRobot robot) throws Exception {
        showThemesOfTheEdition(robot);
        Edition e = explorer.session().dataset().edition(EDITION).orElseThrow();
        Node page = WaitForAsyncUtils.asyncFx(this::page).get();
        Text theme = WaitForAsyncUtils.asyncFx(() -> textShowing(page, e.theme().en())).get();
        assertNotNull(theme, "the theme is shown");
        List<CitationMarker> markers = WaitForAsyncUtils.asyncFx(() -> markers(page)).get();
        List<CitationMarker> themeMarkers = WaitForAsyncUtils.asyncFx(() -> markers(page.lookup(".theme-fact"))).get();
        Node dates = WaitForAsyncUtils.asyncFx(() -> robot.lookup(".dates-chip").<Node>query()).get();
        // Another source behind the theme, as many as before: the page keeps its shape.
        String other = explorer.session().dataset().citations().stream().map(c -> c.id())
                .filter(id -> !e.theme().sources().contains(id)).findFirst().orElseThrow();
        List<String> sources = new ArrayList<>(e.theme().sources());
        sources.set(0, other);

        edit(robot, new Fact(NEW_THEME, e.theme().zh(), sources, null), e.topics());

        WaitForAsyncUtils.asyncFx(() -> {
            assertSame(page, page(), "the same page, not one built anew");
            assertEquals(NEW_THEME, theme.getText(), "the text on screen shows the new words");
            List<CitationMarker> now = markers(page());
            assertEquals(markers.size(), now.size());
            for (int i = 0; i < now.size(); i++) {
                assertSame(markers.get(i), now.get(i), "the same marker");
            }
            CitationMarker first = themeMarkers.get(0);
            assertEquals(other, first.getUserData(), "the theme's first marker stands for the new source");
            assertEquals(other, first.citation().id());
            assertEquals("[" + explorer.session().dataset().citationNumber(other) + "]", first.getText());
            assertEquals(!first.citation().isSeed(), first.getStyleClass().contains("web"), "marked as a web source or not");
            assertSame(dates, robot.lookup(".dates-chip").<Node>query(), "the header keeps its chips");
            return null;
        }).get();

        // One topic fewer: the page has another shape and is built anew, with what it must show.
        List<String> topics = e.topics().subList(1, e.topics().size());
        edit(robot, new Fact(NEW_THEME, e.theme().zh(), sources, null), topics);
        WaitForAsyncUtils.asyncFx(() -> {
            assertFalse(page == page(), "a page of another shape is built anew");
            assertTrue(texts(page()).contains(NEW_THEME));
            assertEquals(topics.size(), page().lookupAll(".topic-chip").size(), "one topic chip fewer");
            return null;
        }).get();
    }

    private Node page() {
        return ((javafx.scene.control.ScrollPane) selectedTab().getContent()).getContent();
    }

    private static Text textShowing(Node node, String text) {
        if (node instanceof Text t && text.equals(t.getText())) {
            return t;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Text found = textShowing(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<CitationMarker> markers(Node node) {
        return node.lookupAll(".citation-marker").stream().map(CitationMarker.class::cast).toList();
    }

    private void editTheme(FxRobot robot, String theme) {
        Edition e = explorer.session().dataset().edition(EDITION).orElseThrow();
        edit(robot, new Fact(theme, e.theme().zh(), e.theme().sources(), null), e.topics());
    }

    private void edit(FxRobot robot, Fact theme, List<String> topics) {
        Edition e = explorer.session().dataset().edition(EDITION).orElseThrow();
        robot.interact(() -> {
            try {
                explorer.userData().service().put(ItemKind.EDITION, e.id(), new Edition(e.id(), e.year(), e.ordinal(),
                        e.kind(), e.label(), e.name(), e.dates(), e.venue(), theme, e.attendance(), e.sessions(),
                        e.summary(), e.highlights(), topics), "test edit");
            } catch (Exception ex) {
                throw new AssertionError(ex);
            }
        });
    }

    /** The split between the detail area and the reader: the window's first side-by-side split. */
    private SplitPane detailAndReader() {
        return explorer.scene().getRoot().lookupAll(".split-pane").stream()
                .filter(n -> n instanceof SplitPane sp && sp.getOrientation() == Orientation.HORIZONTAL)
                .map(SplitPane.class::cast).findFirst().orElseThrow();
    }

    private Tab selectedTab() {
        return explorer.window().detail().tabs().getSelectionModel().getSelectedItem();
    }

    private boolean detailShows(String text) {
        return texts(selectedTab().getContent()).stream().anyMatch(t -> t.contains(text));
    }

    private boolean timelineShows(String text) {
        return explorer.window().timeline().view().getItems().stream()
                .anyMatch(i -> i.id().equals(EDITION) && i.accessibleText().contains(text));
    }

    @SuppressWarnings("unchecked")
    /** The result list's rows; none before the first search has brought the results panel into the window. */
    private static List<String> results(FxRobot robot) {
        return robot.lookup("#search-results").tryQuery()
                .map(list -> ((ListView<Object>) list).getItems().stream().map(Object::toString).toList())
                .orElse(List.of());
    }

    private List<String> editionsFound(String query) throws Exception {
        CompletableFuture<SearchResults> answer = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> explorer.search().searchOnce(query, answer::complete));
        return answer.get(60, TimeUnit.SECONDS).hits().stream().filter(h -> h.kind() == HitKind.EDITION)
                .map(SearchHit::id).toList();
    }

    private static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (node instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        } else if (node instanceof Text t && t.getText() != null) {
            out.add(t.getText());
        }
        if (node instanceof javafx.scene.control.ScrollPane s && s.getContent() != null) {
            collect(s.getContent(), out);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    private void closeOtherWindows(FxRobot robot) {
        UiTestSupport.waitUntil(() -> robot.lookup("#import-report").tryQuery().isPresent());
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w != explorer.scene().getWindow()).forEach(Window::hide));
    }
}
