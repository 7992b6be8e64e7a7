package org.wicexplorer.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wicexplorer.cite.CitedPassage;
import org.wicexplorer.data.QuoteMatcher;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.search.TextFinder;
import org.wicexplorer.ui.cite.CitationMarker;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wicexplorer.ui.UiTestSupport.onScreen;
import static org.wicexplorer.ui.UiTestSupport.waitUntil;
import static org.wicexplorer.ui.UiTestSupport.within;

/** The reader as a user sees it: clean text, contents, find, cited passages and copying citations. */
@ExtendWith(ApplicationExtension.class)
class ReaderTest {
    private static final String ZH = "zh-wikipedia-wic";
    private static final Pattern COUNT = Pattern.compile("(\\d+) of (\\d+)");

    private MainWindow window;
    private Dataset dataset;

    @Start
    void start(Stage stage) throws Exception {
        window = UiTestSupport.show(stage);
        dataset = window.model().dataset();
    }

    private void open(FxRobot robot, String seed) {
        robot.interact(() -> window.openDocument(seed));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The document's text as shown: every run of reader text, block by block. */
    private String shownText(FxRobot robot) {
        return robot.lookup("#reader .reader-block").queryAllAs(TextFlow.class).stream()
                .map(f -> f.getChildren().stream().filter(n -> n instanceof Text t && t.getStyleClass().contains("reader-text"))
                        .map(n -> ((Text) n).getText()).collect(Collectors.joining()))
                .collect(Collectors.joining("\n\n"));
    }

    private static boolean hasShape(Node path) {
        return path instanceof Path p && !p.getElements().isEmpty();
    }

    @Test
    void wikipediasOwnNoteMarkersAreSetApartAndOpenTheirNote(FxRobot robot) {
        open(robot, "en-wikipedia-wic");
        List<Text> notes = robot.lookup("#reader .reader-source-note").queryAllAs(Text.class).stream().toList();
        assertFalse(notes.isEmpty(), "the page's own [n] markers");
        assertTrue(notes.stream().allMatch(t -> t.getText().matches("\\[\\d+]")));
        // The characters stay: the page's text still reads "[5]" where it did.
        assertTrue(shownText(robot).contains(notes.get(0).getText()));
        Text note = notes.stream().filter(t -> t.getText().equals("[5]")).findFirst().orElse(notes.get(0));
        String n = note.getText().substring(1, note.getText().length() - 1);
        robot.interact(() -> note.getOnMouseClicked().handle(new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, javafx.scene.input.MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, false, false, false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        UiTestSupport.waitUntil(() -> robot.lookup("#reader .reader-reference").queryAllAs(TextFlow.class).stream()
                .filter(f -> f.getChildren().stream().anyMatch(c -> c instanceof Text t && t.getText().startsWith(n + ". ")))
                .anyMatch(UiTestSupport::onScreen));
    }

    @Test
    void theChineseWikipediaSeedReadsAsCleanText(FxRobot robot) {
        open(robot, ZH);
        String shown = shownText(robot);
        assertFalse(shown.contains("wikilink"), "link markup shown");
        assertFalse(shown.contains("-{"), "language-variant markup shown");
        assertFalse(shown.contains("](../Page/"), "link targets shown");
        assertTrue(shown.contains("首届世界互联网大会举办于2014年11月19日至21日"), "the text is there");
        assertEquals(window.reader().readableText().blocks().size(),
                robot.lookup("#reader .reader-block").queryAll().size(), "one block per paragraph, heading or item");
        assertTrue(robot.lookup("#reader .reader-heading").queryAll().size() >= 10, "headings are styled as headings");
        assertEquals("World Internet Conference (Chinese Wikipedia)", robot.lookup("#reader-title").queryAs(Label.class).getText());
    }

    @Test
    void aContentsEntryScrollsToItsHeading(FxRobot robot) {
        open(robot, ZH);
        List<Hyperlink> entries = robot.lookup("#reader-toc .toc-entry").queryAllAs(Hyperlink.class).stream().toList();
        assertEquals(window.reader().readableText().headings().size(), entries.size());
        Hyperlink last = entries.get(entries.size() - 1);
        assertEquals("参考文献", last.getText());
        Node heading = robot.lookup("#reader .reader-heading").queryAllAs(TextFlow.class).stream()
                .filter(f -> f.getChildren().stream().anyMatch(n -> n instanceof Text t && "参考文献".equals(t.getText())))
                .findFirst().orElseThrow();
        Node document = robot.lookup("#reader-document").query();
        assertFalse(within(heading, document), "the last heading starts out of view");
        // As a reader would, scroll the contents down to its last entry first: in a short window (or after
        // another test left the panes smaller) it is below the contents list's visible part.
        robot.interact(() -> {
            for (javafx.scene.Parent p = last.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane pane) {
                    pane.setVvalue(pane.getVmax());
                    break;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(last);
        waitUntil(() -> within(heading, document));
    }

    @Test
    void findCountsMatchesAndMovesBetweenThem(FxRobot robot) {
        open(robot, ZH);
        robot.clickOn("#reader-title");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#find-field").query().isFocused());
        robot.write("乌镇");
        Label count = robot.lookup("#find-count").queryAs(Label.class);
        int expected = TextFinder.findAll(window.reader().readableText().clean(), "乌镇").size();
        assertTrue(expected > 5, "the seed names Wuzhen often, in both scripts");
        waitUntil(() -> count.getText().equals("1 of " + expected));
        Path current = robot.lookup("#reader .find-match-current").queryAllAs(Path.class).stream()
                .filter(ReaderTest::hasShape).findFirst().orElseThrow();
        assertTrue(onScreen(current));
        long boxes = robot.lookup("#reader .find-match").queryAllAs(Path.class).stream()
                .mapToLong(p -> p.getElements().stream().filter(e -> e instanceof javafx.scene.shape.MoveTo).count()).sum();
        assertTrue(boxes >= expected, "every match is marked: " + boxes);

        robot.type(KeyCode.ENTER);
        waitUntil(() -> count.getText().equals("2 of " + expected));
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        waitUntil(() -> count.getText().equals("1 of " + expected));
        robot.type(KeyCode.F3);
        waitUntil(() -> count.getText().equals("2 of " + expected));
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT).press(KeyCode.SHIFT).type(KeyCode.ENTER)
                .release(KeyCode.SHIFT);
        waitUntil(() -> count.getText().equals(expected + " of " + expected));

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !robot.lookup("#find-bar").query().isVisible());
        assertTrue(robot.lookup("#reader .find-match").queryAll().stream().noneMatch(ReaderTest::hasShape));
    }

    @Test
    void findIgnoresCaseInEnglishText(FxRobot robot) {
        open(robot, "en-wikipedia-wic");
        robot.clickOn("#reader-find");
        robot.write("SOVEREIGNTY");
        Label count = robot.lookup("#find-count").queryAs(Label.class);
        waitUntil(() -> COUNT.matcher(count.getText()).matches());
        Matcher m = COUNT.matcher(count.getText());
        assertTrue(m.matches());
        assertEquals(TextFinder.findAll(window.reader().readableText().clean(), "sovereignty").size(), Integer.parseInt(m.group(2)));
    }

    @Test
    void aSeedCitationIsHighlightedInTheCleanTextExactlyAsQuoted(FxRobot robot) {
        Citation citation = dataset.citation("c-2014-dates-zhwiki").orElseThrow();
        robot.interact(() -> window.showCitation(citation));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ZH, window.reader().documentId());
        assertEquals(QuoteMatcher.normalise(citation.quote()), QuoteMatcher.normalise(window.reader().highlightedText()));
        Node document = robot.lookup("#reader-document").query();
        waitUntil(() -> robot.lookup("#reader .passage-highlight").queryAll().stream()
                .anyMatch(p -> hasShape(p) && within(p, document)));
    }

    @Test
    void everySeedCitationOfTheChineseSeedHighlightsItsQuote(FxRobot robot) {
        for (Citation c : dataset.citations()) {
            if (!ZH.equals(c.document()) || c.quote().contains("](")) {
                continue;
            }
            robot.interact(() -> window.showCitation(c));
            assertEquals(QuoteMatcher.normalise(c.quote()), QuoteMatcher.normalise(window.reader().highlightedText()), c.id());
        }
    }

    @Test
    void aCitedPassageListsTheFactsCitingItAndLeadsToTheirEdition(FxRobot robot) {
        robot.interact(() -> window.model().select("wic-2019"));
        Citation citation = dataset.citation("c-2014-dates-zhwiki").orElseThrow();
        robot.interact(() -> window.showCitation(citation));
        WaitForAsyncUtils.waitForFxEvents();
        Button mark = robot.lookup("#reader .passage-mark").queryAllAs(Button.class).stream()
                .filter(b -> ((CitedPassage) b.getUserData()).citations().contains(citation))
                .findFirst().orElseThrow();
        int number = dataset.citationNumber(citation.id());
        assertTrue(mark.getText().contains(String.valueOf(number)), "numbered like the fact's citation marker");
        assertTrue(mark.getTooltip().getText().contains("2014 · 1st · Dates"), mark.getTooltip().getText());
        assertTrue(robot.lookup("#reader .cited-passage-mark").queryAll().stream().anyMatch(ReaderTest::hasShape),
                "cited passages are underlined");
        waitUntil(() -> onScreen(mark));
        robot.clickOn(mark);
        Node item = robot.lookup(".cited-by-item").queryAll().stream()
                .filter(n -> n.lookup(".label") instanceof Label l && l.getText().startsWith("2014 · 1st · Dates"))
                .findFirst().orElseThrow();
        robot.clickOn(item);
        waitUntil(() -> "wic-2014".equals(window.model().selectedEdition().id()));
    }

    @Test
    void theHighlightedPassageIsCopiedAsAChicagoCitation(FxRobot robot) throws Exception {
        Citation citation = dataset.citation("c-2014-dates-zhwiki").orElseThrow();
        robot.interact(() -> window.showCitation(citation));
        robot.clickOn("#reader-copy-passage");
        robot.clickOn(".copy-citation-chicago");
        waitUntil(() -> robot.lookup("#reader-confirmation").queryAs(Label.class).getText().equals("Copied (Chicago)"));
        String copied = UiTestSupport.clipboard();
        // The Chicago bibliography entry, written by citeproc-java from the bundled CSL style.
        assertEquals("“首届世界互联网大会举办于2014年11月19日至21日”\n"
                + "Wikipedia contributors. “世界互联网大会（中文维基百科）.” Accessed November 22, 2026. "
                + "https://zh.wikipedia.org/wiki/世界互联网大会.", copied);
    }

    @Test
    void theChosenStyleIsRememberedAndOfferedFirst(FxRobot robot) throws Exception {
        Citation citation = dataset.citation("c-2014-dates-zhwiki").orElseThrow();
        robot.interact(() -> window.showCitation(citation));
        robot.clickOn("#reader-copy-passage");
        robot.clickOn(".copy-citation-mla");
        waitUntil(() -> robot.lookup("#reader-confirmation").queryAs(Label.class).getText().equals("Copied (MLA 9)"));
        assertTrue(UiTestSupport.clipboard().contains("Accessed 22 Nov. 2026."), UiTestSupport.clipboard());
        assertEquals(org.wicexplorer.cite.CitationStyle.MLA, org.wicexplorer.ui.cite.CitationPreference.style());
        // Remembered on disk: read again as a new run would.
        org.wicexplorer.ui.cite.CitationPreference.reload();
        assertEquals(org.wicexplorer.cite.CitationStyle.MLA, org.wicexplorer.ui.cite.CitationPreference.style());
        // The copy menus offer it first from now on, this one too.
        var items = org.wicexplorer.ui.cite.CitationCopy.menuItems(s -> "x", s -> { });
        assertTrue(items.get(0).getStyleClass().contains("copy-citation-mla"));
        assertEquals(5, items.size());
        robot.clickOn("#reader-copy-passage");
        javafx.scene.control.MenuButton copyAs = robot.lookup("#reader-copy-passage").queryAs(javafx.scene.control.MenuButton.class);
        waitUntil(copyAs::isShowing);
        assertTrue(copyAs.getItems().get(0).getStyleClass().contains("copy-citation-mla"));
        robot.interact(copyAs::hide);
    }

    @Test
    void aSelectionIsCopiedAsACitation(FxRobot robot) throws Exception {
        open(robot, "xi-2015-opening-speech");
        TextFlow paragraph = robot.lookup("#reader .reader-paragraph").queryAllAs(TextFlow.class).stream()
                .filter(f -> f.getWidth() > 200 && onScreen(f)).skip(1).findFirst().orElseThrow();
        javafx.geometry.Bounds b = paragraph.localToScreen(paragraph.getBoundsInLocal());
        robot.drag(b.getMinX() + 2, b.getMinY() + 6).dropTo(new javafx.geometry.Point2D(b.getMinX() + 160, b.getMinY() + 6));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#reader .reader-selection").queryAll().stream().anyMatch(ReaderTest::hasShape), "selection shown");
        robot.clickOn("#reader-copy-passage");
        robot.clickOn(".copy-citation-apa");
        waitUntil(() -> robot.lookup("#reader-confirmation").queryAs(Label.class).getText().equals("Copied (APA 7)"));
        String copied = UiTestSupport.clipboard();
        String quote = copied.substring(1, copied.indexOf('”'));
        assertTrue(quote.length() > 5, copied);
        assertTrue(window.reader().readableText().clean().contains(quote), quote);
        assertTrue(copied.contains("Speech at the 2nd World Internet Conference Opening Ceremony"), copied);
        assertTrue(copied.contains("(2015, December 16)"), copied);
    }

    @Test
    void aCitationMarkerCopiesItsCitation(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().select("wic-2014"));
        WaitForAsyncUtils.waitForFxEvents();
        CitationMarker marker = robot.lookup(".detail-view .citation-marker").queryAllAs(CitationMarker.class).stream()
                .filter(UiTestSupport::onScreen)
                .filter(m -> !dataset.citation((String) m.getUserData()).orElseThrow().isSeed())
                .findFirst().orElseThrow();
        Citation citation = dataset.citation((String) marker.getUserData()).orElseThrow();
        robot.interact(marker::requestFocus);
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        robot.clickOn(".copy-citation-gbt-7714-numeric");
        waitUntil(() -> {
            String s = javafx.scene.input.Clipboard.getSystemClipboard().getString();
            return s != null && s.startsWith("“" + citation.quote() + "”");
        });
        String copied = UiTestSupport.clipboard();
        assertTrue(copied.contains("[EB/OL]") || copied.contains("[Z]"), copied);
        assertTrue(copied.contains(citation.url()), copied);
    }
}
