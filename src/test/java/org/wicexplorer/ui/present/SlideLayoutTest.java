package org.wicexplorer.ui.present;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wicexplorer.app.StartupData;
import org.wicexplorer.data.PresentationSettings;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.data.TourFiles;
import org.wicexplorer.model.Controversy;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.tour.Tour;
import org.wicexplorer.tour.TourStep;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.Styles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17: what the class sees on the projector. Every statement is whole on the slide (no "…", nothing
 * cut off at the bottom), at a projector's 1024×768 and at 1600×1000, in English and in 中文; a fact
 * not found reads "not yet known"; key points hang their bullets; and "larger type" makes the text
 * larger, a full slide continuing on a second screen.
 */
@ExtendWith(ApplicationExtension.class)
class SlideLayoutTest {
    private Stage stage;
    private Dataset dataset;
    private SeedLibrary seeds;
    private Presentation presentation;
    private Stage shown;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        StartupData data = StartupData.load(null);
        dataset = data.dataset();
        seeds = data.seeds();
    }

    @AfterEach
    void english(FxRobot robot) {
        I18n.use(Locale.ENGLISH);
        if (shown != null) {
            robot.interact(shown::hide);
        }
    }

    /** Shows a tour as the audience window does, in a window of the given size. */
    private void present(FxRobot robot, Locale locale, Tour tour, int width, int height) {
        robot.interact(() -> {
            I18n.use(locale);
            presentation = new Presentation(dataset, seeds, tour, 0,
                    PresentationSettings.defaults().withReducedMotion(true), System::nanoTime);
            Scene scene = new Scene(presentation.audienceRoot(), width, height);
            Styles.addTo(scene.getStylesheets());
            scene.getStylesheets().add(Classroom.STYLESHEET);
            presentation.attach(scene);
            // A window of its own for each size: Monocle's painter trips over a window resized while shown.
            if (shown != null) {
                shown.hide();
            }
            shown = new Stage();
            shown.setScene(scene);
            shown.show();
            shown.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Tour builtIn() throws Exception {
        return new TourFiles(dataset, seeds).bundledDefault();
    }

    private Tour everyControversy() {
        List<TourStep> steps = dataset.controversies().stream().map(Controversy::id).map(TourStep::controversy).toList();
        return new Tour(org.wicexplorer.model.Text.of("controversies", null), steps);
    }

    private static Stream<Node> descendants(Node node) {
        return node instanceof Parent p
                ? Stream.concat(Stream.of(node), p.getChildrenUnmodifiable().stream().flatMap(SlideLayoutTest::descendants))
                : Stream.of(node);
    }

    /** What a Labeled really draws: its skin's text, which ends in "…" when the label is cut. */
    private static String drawn(Labeled label) {
        return descendants(label).filter(n -> n instanceof Text).map(n -> ((Text) n).getText()).findFirst().orElse("");
    }

    /** Checks the slide on screen now: every label whole, every text inside the slide's area. */
    private void assertWhole(String where) {
        AudienceView audience = presentation.audience();
        Node slide = audience.slide();
        Node fit = slide.getParent();
        Bounds area = fit.localToScene(fit.getLayoutBounds());
        List<String> problems = new ArrayList<>();
        descendants(slide).forEach(n -> {
            if (!n.isVisible()) {
                return;
            }
            if (n instanceof Labeled l && !l.getText().isEmpty() && !drawn(l).equals(l.getText())) {
                problems.add("cut: \"" + drawn(l) + "\" of \"" + l.getText() + "\"");
            }
            if (n instanceof TextFlow f && f.getHeight() + 0.5 < f.prefHeight(f.getWidth())) {
                problems.add("squeezed: " + f.getChildren().stream().filter(c -> c instanceof Text)
                        .map(c -> ((Text) c).getText()).findFirst().orElse(""));
            }
            // A Text inside a TextFlow reports its unwrapped run; the flow holds the lines it really has.
            boolean inFlow = n.getParent() instanceof TextFlow;
            if (n instanceof TextFlow || n instanceof Labeled || n instanceof Text && !inFlow) {
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (b.getMaxY() > area.getMaxY() + 1 || b.getMaxX() > area.getMaxX() + 1) {
                    String text = n instanceof TextFlow f ? f.getChildren().stream().filter(c -> c instanceof Text)
                            .map(c -> ((Text) c).getText()).findFirst().orElse("")
                            : n instanceof Text t ? t.getText() : ((Labeled) n).getText();
                    problems.add("outside the slide " + area + ": " + b + " \"" + text + "\"");
                }
            }
        });
        assertTrue(problems.isEmpty(), where + ": " + problems);
    }

    private void assertEveryStepWhole(FxRobot robot, Tour tour, String name) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (int[] size : new int[][] {{1024, 768}, {1600, 1000}}) {
                present(robot, locale, tour, size[0], size[1]);
                for (int i = 0; i < presentation.size(); i++) {
                    assertEquals(i, presentation.index());
                    assertWhole(name + " step " + (i + 1) + " at " + size[0] + "×" + size[1] + " in " + locale);
                    robot.interact(presentation::next);
                    WaitForAsyncUtils.waitForFxEvents();
                }
            }
        }
    }

    @Test
    void everyStepOfTheBuiltInTourIsWholeOnTheSlide(FxRobot robot) throws Exception {
        assertEveryStepWhole(robot, builtIn(), "built-in tour");
    }

    @Test
    void everyControversySlideIsWhole(FxRobot robot) {
        assertEveryStepWhole(robot, everyControversy(), "controversies");
    }

    @Test
    void theMainControversyShowsEachStatementInFull(FxRobot robot) throws Exception {
        present(robot, Locale.ENGLISH, builtIn(), 1024, 768);
        robot.interact(() -> presentation.next()); // 2015: the statements the review found cut
        WaitForAsyncUtils.waitForFxEvents();
        Controversy c = dataset.controversiesAt("wic-2015").get(0);
        List<String> shown = robot.lookup(".slide-party-line").queryAllAs(TextFlow.class).stream()
                .map(f -> f.getChildren().stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText())
                        .reduce("", String::concat))
                .toList();
        assertFalse(shown.isEmpty());
        // One statement per party: the first of each.
        for (org.wicexplorer.model.Party party : org.wicexplorer.model.Party.values()) {
            c.perspectives().stream().filter(p -> p.party() == party).findFirst().ifPresent(p ->
                    assertTrue(shown.stream().anyMatch(s -> s.contains(p.claim().en())),
                            "the whole statement of " + p.who().en() + " is on the slide: " + shown));
        }
    }

    @Test
    void aFactNotFoundReadsNotYetKnownOnTheSlide(FxRobot robot) throws Exception {
        // The last edition as it stood before its summit: theme and end date not yet in the sources.
        Tour tour = builtIn();
        org.wicexplorer.model.Edition known = dataset.editions().get(dataset.editions().size() - 1);
        String reason = "not announced in the research of 2026-11 (searched sources)";
        org.wicexplorer.model.Edition unknown = new org.wicexplorer.model.Edition(known.id(), known.year(),
                known.ordinal(), known.kind(), known.label(), known.name(),
                new org.wicexplorer.model.EditionDates(known.dates().start(), null, known.dates().opening(), reason,
                        known.dates().sources()),
                known.venue(), new org.wicexplorer.model.Fact(null, null, List.of(), reason), known.attendance(),
                known.sessions(), known.summary(), known.highlights(), known.topics());
        List<org.wicexplorer.model.Edition> editions = new java.util.ArrayList<>(dataset.editions());
        editions.set(editions.size() - 1, unknown);
        dataset = new Dataset(dataset.info(), dataset.topics(), editions, dataset.people(), dataset.appearances(),
                dataset.controversies(), dataset.documents(), dataset.milestones(), dataset.eras(), dataset.conflicts(),
                dataset.aliases(), dataset.citations());
        present(robot, Locale.ENGLISH, tour, 1600, 1000);
        robot.interact(() -> presentation.next());
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2026", robot.lookup(".slide-year").queryAs(Label.class).getText());
        String slideText = allText();
        assertTrue(slideText.contains("Theme: not yet known"), slideText);
        assertTrue(slideText.contains("end date not yet known"), slideText);
        assertFalse(slideText.contains("searched sources"), "no researcher wording for pupils: " + slideText);
        assertFalse(slideText.contains("research of"), slideText);

        present(robot, Locale.SIMPLIFIED_CHINESE, tour, 1600, 1000);
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        String zh = allText();
        assertTrue(zh.contains("主题：目前还不知道"), zh);
        assertTrue(zh.contains("闭幕日期目前还不知道"), zh);
        assertFalse(zh.contains("searched sources"), zh);
    }

    private String allText() {
        StringBuilder sb = new StringBuilder();
        descendants(presentation.audience().slide()).forEach(n -> {
            if (n instanceof Text t) {
                sb.append(t.getText()).append('\n');
            } else if (n instanceof Labeled l) {
                sb.append(l.getText()).append('\n');
            }
        });
        return sb.toString();
    }

    @Test
    void wrappedKeyPointsHangTheirBullet(FxRobot robot) throws Exception {
        present(robot, Locale.ENGLISH, builtIn(), 1024, 768);
        robot.interact(() -> presentation.next());
        WaitForAsyncUtils.waitForFxEvents();
        List<HangingLine> points = robot.lookup(".slide-hanging-line").queryAllAs(HangingLine.class).stream().toList();
        assertEquals(5, points.size());
        HangingLine wrapped = points.stream().filter(p -> p.body().getHeight() > p.body().getChildren().stream()
                .filter(n -> n instanceof Text).findFirst().map(n -> ((Text) n).getFont().getSize()).orElse(0.0) * 2)
                .findFirst().orElseThrow(() -> new AssertionError("a key point of 2015 wraps at 1024×768"));
        Text bullet = (Text) wrapped.getChildrenUnmodifiable().get(0);
        double bulletRight = bullet.localToScene(bullet.getLayoutBounds()).getMaxX();
        double textLeft = wrapped.body().localToScene(wrapped.body().getLayoutBounds()).getMinX();
        assertTrue(textLeft >= bulletRight - 0.5, "every line of the point starts right of its bullet: "
                + textLeft + " vs " + bulletRight);
    }

    /** One em of a key point as the class sees it: its font size times the fit's shrinking. */
    private double renderedPointSize() {
        return presentation.renderedFontSize();
    }

    private String pressCtrlPlus(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        return presentation.audience().noticeText();
    }

    /** The text blocks of the slide: each paragraph, label and line. */
    private List<Node> blocks() {
        return descendants(presentation.audience().slide())
                .filter(n -> n.isVisible() && (n instanceof TextFlow || n instanceof Labeled)
                        && !(n.getParent() instanceof TextFlow))
                .filter(n -> n.getLayoutBounds().getHeight() > 0)
                .toList();
    }

    /** The blocks shown whole on the screen of the slide now showing (inside the fit's clip). */
    private List<Node> wholeOnThisScreen() {
        SlideFit fit = presentation.audience().fit();
        Bounds visible = fit.localToScene(fit.getClip().getBoundsInLocal());
        return blocks().stream().filter(n -> {
            Bounds b = n.localToScene(n.getLayoutBounds());
            return b.getMinY() >= visible.getMinY() - 1 && b.getMaxY() <= visible.getMaxY() + 1
                    && b.getMaxX() <= visible.getMaxX() + 1;
        }).toList();
    }

    @Test
    void largerTypeIsReallyLargerAndAFullSlideContinues(FxRobot robot) throws Exception {
        present(robot, Locale.ENGLISH, builtIn(), 1024, 768);
        robot.type(KeyCode.RIGHT); // 2015: a full slide at 1024×768
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, presentation.audience().pages(), "at normal size the whole slide is on one screen");
        double normal = renderedPointSize();
        double before = normal;
        for (int i = 1; i <= 4; i++) {
            String notice = pressCtrlPlus(robot);
            double after = renderedPointSize();
            assertTrue(after > before * 1.05, "Ctrl + makes the text larger: " + before + " → " + after);
            assertTrue(notice.startsWith("Type size: " + (100 + 10 * i) + " %"), notice);
            before = after;
        }
        assertEquals(1.4 * normal, before, normal * 0.03, "140 % is 1.4 times the normal size");
        int pages = presentation.audience().pages();
        assertTrue(pages > 1, "the full slide continues on a second screen");
        assertTrue(presentation.audience().noticeText().contains("continues on a second screen"),
                presentation.audience().noticeText());
        Label continues = robot.lookup("#present-continues").queryAs(Label.class);
        assertTrue(continues.isVisible());
        assertEquals("continues ▸ 1 / " + pages, continues.getText());

        // Every line of the slide is whole on one of its screens; the next key walks through them.
        List<Node> all = blocks();
        java.util.Set<Node> seen = new java.util.HashSet<>(wholeOnThisScreen());
        for (int p = 1; p < pages; p++) {
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(1, presentation.index(), "the next screen of the same step");
            assertEquals(p, presentation.audience().page());
            seen.addAll(wholeOnThisScreen());
        }
        List<String> missing = all.stream().filter(n -> !seen.contains(n)).map(n -> n instanceof Labeled l
                ? l.getText() : n.toString()).toList();
        assertTrue(missing.isEmpty(), "shown whole on no screen: " + missing);
        assertEquals("end of this slide · " + pages + " / " + pages, continues.getText());

        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, presentation.index(), "after the slide's last screen, the next step");
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, presentation.index());
        assertEquals(pages - 1, presentation.audience().page(), "back a step: its last screen, as it was left");
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, presentation.audience().page(), "Home: the first screen of the first step");

        // Back to normal size: one screen again, the whole slide, nothing cut.
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, presentation.audience().pages());
        assertFalse(continues.isVisible());
        assertWhole("2015 at 100 %");

        // The 2026 slide is short: larger type fits on one screen, and the notice gives the size only.
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        double short100 = renderedPointSize();
        pressCtrlPlus(robot);
        String notice = pressCtrlPlus(robot);
        assertEquals("Type size: 120 %", notice);
        assertEquals(1.2 * short100, renderedPointSize(), short100 * 0.02);
        assertEquals(1, presentation.audience().pages());
        assertWhole("2026 at 120 %");
    }

    @Test
    void autoplayShowsEveryScreenOfASlideThatContinues(FxRobot robot) throws Exception {
        present(robot, Locale.ENGLISH, builtIn(), 1024, 768);
        robot.type(KeyCode.RIGHT);
        for (int i = 0; i < 4; i++) {
            pressCtrlPlus(robot);
        }
        int pages = presentation.audience().pages();
        assertTrue(pages > 1);
        java.util.concurrent.atomic.AtomicInteger furthest = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> presentation.audience().fit().pageProperty().addListener((obs, o, n) -> {
            if (presentation.index() == 1) {
                furthest.accumulateAndGet(n.intValue(), Math::max);
            }
        }));
        presentation.setAutoplayInterval(javafx.util.Duration.millis(40));
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> presentation.index() >= 2);
        robot.type(KeyCode.A);
        assertEquals(pages - 1, furthest.get(), "autoplay showed the slide's last screen before moving on");
    }

    @Test
    void theFrameKeepsItsSizeWhenTheTypeGrows(FxRobot robot) throws Exception {
        present(robot, Locale.ENGLISH, builtIn(), 1024, 768);
        Label counter = robot.lookup("#present-counter").queryAs(Label.class);
        double counterSize = counter.getFont().getSize();
        pressCtrlPlus(robot);
        pressCtrlPlus(robot);
        assertEquals(counterSize, counter.getFont().getSize(), 0.01,
                "the year strip and counter leave the room to the slide");
    }
}
