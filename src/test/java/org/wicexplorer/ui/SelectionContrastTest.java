package org.wicexplorer.ui;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The text/background pairs the controls really show, read from the rendered nodes in each theme: the
 * highlighted item of every menu of the status bar and the toolbar (and their submenus), the selected row
 * of a list with and without the focus, the selected tab and a dialog's default button. Modena derives
 * some of these colours itself, so computing from the tokens alone (ThemeContrastTest) would not see them.
 */
@ExtendWith(ApplicationExtension.class)
class SelectionContrastTest {
    private static final PseudoClass FOCUSED = PseudoClass.getPseudoClass("focused");
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = UiTestSupport.show(stage);
    }

    @AfterEach
    void light(FxRobot robot) {
        robot.interact(() -> {
            Theme.LIGHT.applyTo(stage.getScene().getStylesheets());
            Fonts.useLook(List.of());
        });
    }

    @Test
    void everyHighlightedMenuItemIsReadableInEveryTheme(FxRobot robot) {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Theme theme : Theme.values()) {
            robot.interact(() -> theme.applyTo(stage.getScene().getStylesheets()));
            List<MenuButton> buttons = fx(() -> window.root().lookupAll(".menu-button").stream()
                    .filter(n -> n instanceof MenuButton).map(n -> (MenuButton) n).toList());
            assertTrue(buttons.size() >= 4, "the status bar's and toolbar's menus: " + buttons.size());
            for (MenuButton button : buttons) {
                robot.interact(button::show);
                checked += highlightEach(robot, theme, button.getText(), button.getItems().get(0), failures);
                for (MenuItem item : button.getItems()) {
                    if (item instanceof Menu sub && !sub.getItems().isEmpty()) {
                        // A submenu opens when the pointer rests on its item, as a user opens it.
                        Node opener = fx(() -> popupRoots().stream().flatMap(r -> r.lookupAll(".menu-item").stream())
                                .filter(n -> n.lookupAll(".label").stream().anyMatch(l ->
                                        l instanceof javafx.scene.control.Label lb && sub.getText().equals(lb.getText())))
                                .findFirst().orElseThrow());
                        robot.moveTo(opener);
                        UiTestSupport.waitUntil(sub::isShowing);
                        checked += highlightEach(robot, theme, button.getText() + " ▸ " + sub.getText(),
                                sub.getItems().get(0), failures);
                        robot.interact(sub::hide);
                    }
                }
                robot.interact(button::hide);
            }
        }
        assertTrue(checked > 30, "highlighted items checked: " + checked);
        assertEquals(List.of(), failures.stream().distinct().limit(40).toList());
    }

    @Test
    void selectedRowsTabsAndDefaultButtonsAreReadableInEveryTheme(FxRobot robot) {
        List<String> failures = new ArrayList<>();
        String person = window.model().dataset().people().get(0).id();
        for (Theme theme : Theme.values()) {
            robot.interact(() -> {
                theme.applyTo(stage.getScene().getStylesheets());
                Fonts.useLook(stage.getScene().getStylesheets());
                window.showPerson(person);
            });
            WaitForAsyncUtils.waitForFxEvents();
            @SuppressWarnings("unchecked")
            ListView<Object> people = robot.lookup("#people-list").queryAs(ListView.class);
            robot.interact(people::requestFocus);
            checkAll(robot, theme, "selected person, list focused", ".list-cell:selected", people, failures);
            robot.interact(() -> window.root().lookup("#search-field").requestFocus());
            checkAll(robot, theme, "selected person, list not focused", ".list-cell:selected", people, failures);

            // Links (the sources list) are drawn in the accent colour, which must stay readable too.
            checkAll(robot, theme, "a link", ".hyperlink", (Parent) window.root(), failures);

            TabPane tabs = window.detail().tabs();
            checkAll(robot, theme, "selected tab", ".tab:selected", tabs, failures);

            @SuppressWarnings("unchecked")
            ComboBox<Integer> year = robot.lookup("#toolbar-year").queryAs(ComboBox.class);
            robot.interact(() -> {
                year.getSelectionModel().select(Integer.valueOf(2019));
                year.show();
            });
            Parent popup = fx(() -> popupRoots().stream().filter(r -> r.lookup(".combo-box-popup") != null
                    || r.getStyleClass().contains("combo-box-popup")).findFirst().orElseThrow());
            checkAll(robot, theme, "the year list's chosen year", ".list-cell:selected", popup, failures);
            robot.interact(year::hide);

            Alert alert = fx(() -> {
                Alert a = new Alert(Alert.AlertType.CONFIRMATION, "?");
                a.initOwner(stage);
                DialogLook.apply(a.getDialogPane());
                a.show();
                return a;
            });
            checkAll(robot, theme, "a dialog's default button", ".button:default",
                    (Parent) alert.getDialogPane().lookupButton(ButtonType.OK).getParent(), failures);
            robot.interact(alert::close);
        }
        assertEquals(List.of(), failures);
    }

    /** Highlights each item of the menus on screen in turn, as the keyboard or the pointer does. */
    private int highlightEach(FxRobot robot, Theme theme, String menu, MenuItem first, List<String> failures) {
        WaitForAsyncUtils.waitForFxEvents();
        // The popup that shows this menu: the one whose first item is the menu's first item.
        Parent top = fx(() -> popupRoots().stream().filter(r -> r.lookupAll(".menu-item").stream()
                .filter(n -> n.isVisible() && !n.getStyleClass().contains("separator")).findFirst()
                .map(n -> n.lookupAll(".label").stream().anyMatch(l -> l instanceof javafx.scene.control.Label lb
                        && first.getText() != null && first.getText().replace("_", "").equals(lb.getText())))
                .orElse(false)).findFirst().orElseThrow(() -> new AssertionError("no popup shows " + menu)));
        List<Node> items = fx(() -> top.lookupAll(".menu-item").stream()
                .filter(n -> n.isVisible() && !n.getStyleClass().contains("separator")).toList());
        assertFalse(items.isEmpty(), "no items in " + menu);
        int checked = 0;
        for (Node item : items) {
            robot.interact(() -> {
                item.requestFocus();
                item.applyCss();
            });
            if (!fx(() -> item.getPseudoClassStates().contains(FOCUSED))) {
                continue;
            }
            checked++;
            check(robot, theme, menu + " ▸ highlighted item", item, failures);
        }
        assertTrue(checked > 0, "no item of " + menu + " could be highlighted");
        return checked;
    }

    private static List<Parent> popupRoots() {
        return Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                .map(Window::getScene).filter(s -> s != null).map(Scene::getRoot).toList();
    }

    private void checkAll(FxRobot robot, Theme theme, String where, String selector, Parent scope,
                          List<String> failures) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> found = fx(() -> {
            scope.applyCss();
            return List.copyOf(scope.lookupAll(selector));
        });
        assertFalse(found.isEmpty(), theme + ": nothing shows " + where);
        for (Node n : found) {
            check(robot, theme, where, n, failures);
        }
    }

    /** Every piece of text inside the node, against what is drawn behind it. */
    private void check(FxRobot robot, Theme theme, String where, Node node, List<String> failures) {
        double needed = theme == Theme.HIGH_CONTRAST ? 7 : 4.5;
        List<String> found = fx(() -> {
            List<String> bad = new ArrayList<>();
            List<Text> texts = new ArrayList<>();
            collect(node, texts);
            for (Text t : texts) {
                Color fg = colour(t.getFill());
                Color bg = behind(t);
                double ratio = ThemeContrastTest.contrast(fg, bg);
                if (ratio < needed) {
                    bad.add(String.format("%s, %s: '%s' %s on %s: %.2f", theme, where, t.getText(), fg, bg, ratio));
                }
            }
            return bad;
        });
        failures.addAll(found);
    }

    private static void collect(Node n, List<Text> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Text t && t.getText() != null && t.getText().codePoints().anyMatch(Character::isLetterOrDigit)) {
            out.add(t);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    /** The colour behind a node: the innermost opaque background of its ancestors, with translucent ones laid over it. */
    static Color behind(Node node) {
        List<Color> layers = new ArrayList<>();
        Node last = node;
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            last = n;
            if (n instanceof Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()) {
                List<BackgroundFill> fills = r.getBackground().getFills();
                Color c = colour(fills.get(fills.size() - 1).getFill());
                if (c.getOpacity() > 0) {
                    layers.add(c);
                    if (c.getOpacity() >= 0.999) {
                        break;
                    }
                }
            }
        }
        Color base = layers.isEmpty() || layers.get(layers.size() - 1).getOpacity() < 0.999
                ? (last.getScene() != null && last.getScene().getFill() instanceof Color f && f.getOpacity() > 0 ? f : Color.WHITE)
                : layers.remove(layers.size() - 1);
        for (int i = layers.size() - 1; i >= 0; i--) {
            Color c = layers.get(i);
            double a = c.getOpacity();
            base = new Color(c.getRed() * a + base.getRed() * (1 - a), c.getGreen() * a + base.getGreen() * (1 - a),
                    c.getBlue() * a + base.getBlue() * (1 - a), 1);
        }
        return base;
    }

    /** A gradient (Modena's buttons and tabs) counts as the average of its stops. */
    private static Color colour(Paint paint) {
        if (paint instanceof Color c) {
            return c;
        }
        if (paint instanceof LinearGradient g && !g.getStops().isEmpty()) {
            double r = 0, gr = 0, b = 0, a = 0;
            for (Stop s : g.getStops()) {
                r += s.getColor().getRed();
                gr += s.getColor().getGreen();
                b += s.getColor().getBlue();
                a += s.getColor().getOpacity();
            }
            int n = g.getStops().size();
            return new Color(r / n, gr / n, b / n, a / n);
        }
        return Color.TRANSPARENT;
    }

    private static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
