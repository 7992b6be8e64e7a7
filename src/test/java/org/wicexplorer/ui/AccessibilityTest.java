package org.wicexplorer.ui;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wicexplorer.ui.timeline.TimelineView;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a keyboard or screen-reader user relies on, checked on the real window's scene graph. */
@ExtendWith(ApplicationExtension.class)
class AccessibilityTest {
    private static final PseudoClass DISPUTED = PseudoClass.getPseudoClass("disputed");
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = UiTestSupport.show(stage);
    }

    @Test
    void everyIconOnlyControlHasAccessibleTextAndATooltip() throws Exception {
        List<String> unnamed = WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            for (Node n : all(window.root())) {
                if ((n instanceof ButtonBase || n instanceof ComboBoxBase<?>) && shown(n) && !namedAbove(n)) {
                    String text = n instanceof Labeled l ? l.getText() : null;
                    boolean iconOnly = text == null || !text.matches("(?s).*\\p{L}.*");
                    if (iconOnly && (blank(n.getAccessibleText())
                            || (n instanceof javafx.scene.control.Control c && c.getTooltip() == null
                                && n instanceof ButtonBase && !n.getStyleClass().contains("citation-marker")
                                && !n.getStyleClass().contains("passage-mark")))) {
                        found.add(n.getId() + " " + n.getStyleClass() + " '" + text + "'");
                    }
                }
            }
            return found;
        }).get();
        assertEquals(List.of(), unnamed);
    }

    @Test
    void timelineMarksHaveAccessibleTextAndDisputedOnesAGlyph(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().select("wic-2019"));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            int disputed = 0;
            for (Node mark : window.timeline().view().lookupAll(".timeline-mark")) {
                if (!mark.isVisible()) {
                    continue;
                }
                if (blank(mark.getAccessibleText())) {
                    found.add("no accessible text: " + mark);
                }
                if (mark.getPseudoClassStates().contains(DISPUTED)) {
                    disputed++;
                    String said = I18n.t("timeline.disputedMark", "").trim();
                    if (!mark.getAccessibleText().contains(said.substring(0, said.length() - 2))) {
                        found.add("disputed but not said so: " + mark.getAccessibleText());
                    }
                    Node name = mark.lookup(".timeline-mark-label");
                    Node badge = mark.lookup(".timeline-mark-badge");
                    if (name != null && name.isVisible() && (badge == null || !badge.isVisible()
                            || !((Labeled) badge).getText().contains("⚠"))) {
                        found.add("disputed without its glyph: " + mark.getAccessibleText());
                    }
                }
            }
            if (disputed == 0) {
                found.add("no disputed mark on screen to check");
            }
            return found;
        }).get();
        assertEquals(List.of(), problems);
        Labeled badge = (Labeled) window.root().lookup("#disputed-badge");
        assertTrue(badge.isVisible() && badge.getText().startsWith("⚠"), "the header's badge has a glyph too");
    }

    @Test
    void tabReachesTheToolbarTheTabsTheReaderAndTheStatusBar(FxRobot robot) {
        TimelineView timeline = window.timeline().view();
        robot.interact(timeline::requestFocus);
        Set<String> reached = new LinkedHashSet<>();
        for (int i = 0; i < 120; i++) {
            robot.type(KeyCode.TAB);
            Node owner = stage.getScene().getFocusOwner();
            for (Node n = owner; n != null; n = n.getParent()) {
                if (n.getId() != null) {
                    reached.add(n.getId());
                    break;
                }
            }
            if (owner == timeline && i > 0) {
                break;
            }
        }
        for (String id : List.of("toolbar-fit", "search-field", "view-menu", "toolbar-present", "toolbar-tour")) {
            assertTrue(reached.contains(id), id + " is not reachable with Tab; reached " + reached);
        }
    }

    @Test
    void theFocusRingIsThickAndYellowInHighContrast(FxRobot robot) {
        robot.interact(() -> Theme.HIGH_CONTRAST.applyTo(stage.getScene().getStylesheets()));
        Node present = window.root().lookup("#toolbar-present");
        robot.interact(present::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(present.getEffect() instanceof DropShadow shadow && shadow.getColor().equals(Color.web("#ffee00"))
                && shadow.getSpread() > 0.5, "a solid yellow ring, not Modena's thin one: " + present.getEffect());
        robot.interact(() -> Theme.LIGHT.applyTo(stage.getScene().getStylesheets()));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(present.getEffect() instanceof DropShadow, "the light theme keeps Modena's ring");
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Part of a control that is named as a whole, e.g. the combo box inside ControlsFX's CheckComboBox. */
    private static boolean namedAbove(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (!blank(p.getAccessibleText())) {
                return true;
            }
        }
        return false;
    }

    private static List<Node> all(Parent root) {
        List<Node> nodes = new ArrayList<>();
        List<Node> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            nodes.add(n);
            if (n instanceof Parent p) {
                todo.addAll(p.getChildrenUnmodifiable());
            }
        }
        return nodes;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
