package org.wicexplorer.ui;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The user's display choices for the explorer window: theme and interface size, applied to its scene, plus
 * the status bar's View menu that also switches the language. Size is one root font size; every other size in
 * the stylesheets is in em, so it all follows. Ctrl+Plus (or Ctrl+=), Ctrl+Minus and Ctrl+0 step it.
 */
public final class DisplayPreferences {
    /** The root font size of the base sheet (styles/base.css), in px. */
    public static final double BASE_FONT_PX = 13;
    static final double[] SCALES = {0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0};

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);
    private Scene scene;

    public DisplayPreferences(Theme theme, Double scale) {
        this.theme.set(theme == null ? Theme.LIGHT : theme);
        this.scale.set(clamp(scale == null ? 1 : scale));
        this.theme.addListener((obs, old, now) -> applyTheme());
        this.scale.addListener((obs, old, now) -> applyScale());
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    /** Styles this scene from now on, including any root it gets later, and takes its size shortcuts. */
    public void attach(Scene target) {
        scene = target;
        applyTheme();
        applyScale();
        target.rootProperty().addListener((obs, old, root) -> applyScale());
        target.addEventFilter(KeyEvent.KEY_PRESSED, this::sizeShortcut);
    }

    public void larger() {
        for (double s : SCALES) {
            if (s > scale.get() + 1e-6) {
                scale.set(s);
                return;
            }
        }
    }

    public void smaller() {
        for (int i = SCALES.length - 1; i >= 0; i--) {
            if (SCALES[i] < scale.get() - 1e-6) {
                scale.set(SCALES[i]);
                return;
            }
        }
    }

    public void actualSize() {
        scale.set(1);
    }

    /** The root font size in px for the current scale. */
    public double fontSize() {
        return BASE_FONT_PX * scale.get();
    }

    /**
     * The status bar's View menu: language, theme and text size.
     *
     * @param switchLanguage rebuilds the interface in the chosen language
     */
    public MenuButton menu(Consumer<Locale> switchLanguage) {
        MenuButton menu = new MenuButton(I18n.t("view.menu"));
        menu.setId("view-menu");
        menu.getStyleClass().add("view-menu");
        menu.setTooltip(new Tooltip(I18n.t("view.menuTip")));
        menu.setAccessibleText(I18n.t("view.menuTip"));

        Menu language = new Menu(I18n.t("view.language"));
        ToggleGroup languages = new ToggleGroup();
        language.getItems().addAll(
                languageItem("view-language-en", I18n.t("view.language.en"), Locale.ENGLISH, languages, switchLanguage),
                languageItem("view-language-zh", I18n.t("view.language.zh"), Locale.SIMPLIFIED_CHINESE, languages,
                        switchLanguage));

        Menu themes = new Menu(I18n.t("view.theme"));
        ToggleGroup themeGroup = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(Formats.name(t));
            item.setId("view-theme-" + t.id());
            item.setToggleGroup(themeGroup);
            item.setSelected(t == theme.get());
            item.setOnAction(e -> theme.set(t));
            themes.getItems().add(item);
        }
        theme.addListener((obs, old, now) -> themes.getItems().forEach(
                i -> ((RadioMenuItem) i).setSelected(i.getId().equals("view-theme-" + now.id()))));

        menu.getItems().addAll(language, themes, new SeparatorMenuItem(),
                item("view-larger", I18n.t("view.larger"), this::larger),
                item("view-smaller", I18n.t("view.smaller"), this::smaller),
                item("view-actual-size", I18n.t("view.actualSize"), this::actualSize));
        return menu;
    }

    private static RadioMenuItem languageItem(String id, String text, Locale locale, ToggleGroup group,
                                              Consumer<Locale> switchLanguage) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId(id);
        item.setToggleGroup(group);
        item.setSelected(locale.getLanguage().equals(I18n.locale().getLanguage()));
        item.setOnAction(e -> {
            if (!locale.getLanguage().equals(I18n.locale().getLanguage())) {
                switchLanguage.accept(locale);
            }
        });
        return item;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** A filter, so a focused text field or the timeline (whose own + and − zoom) never sees these keys. */
    private void sizeShortcut(KeyEvent e) {
        if (!e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD) {
            larger();
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            smaller();
        } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
            actualSize();
        } else {
            return;
        }
        e.consume();
    }

    private void applyTheme() {
        if (scene != null) {
            theme.get().applyTo(scene.getStylesheets());
        }
        shareLook();
    }

    private void applyScale() {
        Parent root = scene == null ? null : scene.getRoot();
        if (root != null) {
            root.setStyle(rootFontSize());
        }
        shareLook();
    }

    private String rootFontSize() {
        return String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", fontSize());
    }

    /**
     * Dialogs are scenes of their own: they get the app's sheet, the theme's and the text size (as a
     * data-URI sheet, since a dialog's root is not ours to style) through {@link Fonts#apply}.
     */
    private void shareLook() {
        List<String> sheets = new ArrayList<>();
        sheets.addAll(Styles.SHEETS);
        theme.get().applyTo(sheets);
        String size = ".root { " + rootFontSize() + " }";
        sheets.add("data:text/css;base64," + Base64.getEncoder().encodeToString(size.getBytes(StandardCharsets.UTF_8)));
        Fonts.useLook(sheets);
    }

    private static double clamp(double s) {
        return Math.max(SCALES[0], Math.min(SCALES[SCALES.length - 1], s));
    }
}
