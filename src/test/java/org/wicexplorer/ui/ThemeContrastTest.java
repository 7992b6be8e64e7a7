package org.wicexplorer.ui;

import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.Stylesheet;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One token system: each theme is a sheet of role tokens ({@code -wic-*} on {@code .root}), every other sheet
 * colours things with those roles, and in every theme text stays readable. The WCAG contrast ratio of each text
 * role on the surfaces it is drawn on, computed from the roles as the theme sheets define them: AA (4.5:1) for
 * light and dark, AAA (7:1) for high contrast; 3:1 for the focus ring, which is not text.
 */
class ThemeContrastTest {
    private static final String LIGHT = "themes/light.css";
    private static final List<String> THEMES = List.of(LIGHT, "themes/dark.css", "themes/high-contrast.css");
    /** Every sheet that is not a theme: the rooms, presentation's, the timeline control's and the fonts'. */
    private static final List<String> OTHER_SHEETS = Stream.concat(
            Styles.SHEETS.stream().map(s -> s.substring(s.indexOf("/org/wicexplorer/ui/") + "/org/wicexplorer/ui/".length()))
                    .filter(s -> !s.startsWith("themes/")),
            Stream.of("present/present.css", "timeline/timeline-view.css", "fonts/fonts.css")).toList();

    /** Text role, then the backgrounds it is drawn on. */
    private static final String[][] TEXT = {
            {"-wic-fg", "-wic-bg", "-wic-surface", "-wic-surface-alt", "-wic-accent-soft", "-wic-warning-soft",
                    "-wic-success-soft", "-wic-highlight", "-wic-highlight-soft", "-wic-selection-bar-inactive"},
            {"-wic-fg-muted", "-wic-bg", "-wic-surface", "-wic-surface-alt"},
            {"-wic-accent", "-wic-bg", "-wic-surface", "-wic-accent-soft"},
            {"-wic-danger", "-wic-bg", "-wic-surface"},
            {"-wic-warning", "-wic-surface", "-wic-warning-soft"},
            {"-wic-success", "-wic-surface", "-wic-success-soft"},
            {"-wic-on-selection-bar", "-wic-selection-bar"},
            // Categories name things in text too (web citation markers, era names).
            {"-wic-cat-1", "-wic-surface"}, {"-wic-cat-2", "-wic-surface"}, {"-wic-cat-3", "-wic-surface"},
            {"-wic-cat-4", "-wic-surface"}, {"-wic-cat-5", "-wic-surface"}, {"-wic-cat-6", "-wic-surface"},
            // The timeline's today label: -tl-today-text-color on -tl-today-color (styles/timeline.css).
            {"-wic-surface", "-wic-danger"},
    };

    /** Text role, translucent layer, and the surface under the layer: text over the blend of the two. */
    private static final String[][] TEXT_OVER_LAYER = {
            {"-wic-fg", "-wic-accent-faint", "-wic-surface"},   // selected text in the reader
            {"-wic-fg", "-wic-band-1", "-wic-surface"},         // timeline marks over an era
            {"-wic-fg", "-wic-band-2", "-wic-surface"},
            {"-wic-fg", "-wic-tint", "-wic-surface"},           // marks on a striped lane
    };

    @ParameterizedTest
    @EnumSource(Theme.class)
    void textRolesHaveEnoughContrast(Theme theme) throws IOException {
        Map<String, Color> roles = roles(theme);
        double needed = theme == Theme.HIGH_CONTRAST ? 7 : 4.5;
        List<String> failures = new ArrayList<>();
        for (String[] pair : TEXT) {
            for (int i = 1; i < pair.length; i++) {
                check(failures, pair[0], pair[i], role(roles, pair[0]), role(roles, pair[i]), needed);
            }
        }
        for (String[] t : TEXT_OVER_LAYER) {
            Color under = over(role(roles, t[1]), role(roles, t[2]));
            check(failures, t[0], t[1] + " over " + t[2], role(roles, t[0]), under, needed);
        }
        // The focus ring and the selection bar must stand out from what they sit on (WCAG 1.4.11, 3:1).
        for (String surface : List.of("-wic-bg", "-wic-surface")) {
            check(failures, "-wic-focus", surface, role(roles, "-wic-focus"), role(roles, surface), 3);
        }
        assertEquals(List.of(), failures, theme + " needs " + needed + ":1 for text");
    }

    @ParameterizedTest
    @EnumSource(value = Theme.class, names = {"DARK", "HIGH_CONTRAST"})
    void aThemeDeclaresExactlyTheRolesOfTheLightOne(Theme theme) throws IOException {
        Set<String> light = new TreeSet<>(declared(LIGHT).keySet());
        Set<String> own = new TreeSet<>(declared(theme.stylesheet().substring(theme.stylesheet().indexOf("themes/"))).keySet());
        assertEquals(light, own, "a theme is the light theme's roles with other values");
    }

    @Test
    void aThemeIsAboutTwentyFiveValuesAllRoles() throws IOException {
        Map<String, Color> light = declared(LIGHT);
        assertEquals(List.of(), light.keySet().stream().filter(k -> !k.startsWith("-wic-")).toList());
        // A theme stays small: a new one is a file of role values, not a palette per component.
        org.junit.jupiter.api.Assertions.assertTrue(light.size() <= 32, light.size() + " roles: " + light.keySet());
    }

    /** Colour values live in the themes' .root rules only; everything else uses the roles. */
    @Test
    void noColourLiteralOutsideTheThemesRoles() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String sheet : Stream.concat(THEMES.stream(), OTHER_SHEETS.stream()).toList()) {
            String css = text(sheet);
            boolean theme = THEMES.contains(sheet);
            Matcher rule = Pattern.compile("([^{}]+)\\{([^}]*)}").matcher(css);
            while (rule.find()) {
                boolean roleBlock = theme && rule.group(1).trim().equals(".root");
                Matcher d = Pattern.compile("([-a-zA-Z_]+)\\s*:\\s*([^;]*);").matcher(rule.group(2));
                while (d.find()) {
                    if (!roleBlock && hasColourLiteral(d.group(2))) {
                        failures.add(sheet + ": " + rule.group(1).trim() + " { " + d.group().trim() + " }");
                    }
                }
            }
        }
        assertEquals(List.of(), failures, "a colour outside the themes' role tokens");
    }

    @Test
    void theLiteralCheckSeesEveryFormOfColour() {
        for (String literal : List.of("#fff", "#1f5fbf40", "rgba(0, 0, 0, 0.5)", "hsb(10, 50%, 50%)", "red",
                "-wic-border Black", "linear-gradient(to right, white 40%, -wic-bg 100%)")) {
            org.junit.jupiter.api.Assertions.assertTrue(hasColourLiteral(literal), literal);
        }
        for (String roles : List.of("-wic-border", "transparent -wic-border", "derive(-wic-bg, -100%)", "CHART_COLOR_1",
                "dropshadow(gaussian, -wic-shadow, 16, 0.1, 0, 4)", "bold", "top-left", "\"M0 0 H10 V10 H0 Z\"")) {
            org.junit.jupiter.api.Assertions.assertFalse(hasColourLiteral(roles), roles);
        }
    }

    /** Every -wic-* token a sheet uses is a role the themes declare (a typo or an old token name would not be). */
    @Test
    void everyTokenUsedIsARoleAndEveryRoleIsUsed() throws IOException {
        Set<String> roles = declared(LIGHT).keySet();
        Set<String> used = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (String sheet : Stream.concat(THEMES.stream(), OTHER_SHEETS.stream()).toList()) {
            Matcher m = Pattern.compile(":[^;{}]*").matcher(text(sheet));
            while (m.find()) {
                Matcher t = Pattern.compile("-wic-[a-z0-9-]+").matcher(m.group());
                while (t.find()) {
                    used.add(t.group());
                    if (!roles.contains(t.group())) {
                        unknown.add(sheet + ": " + t.group());
                    }
                }
            }
        }
        assertEquals(List.of(), unknown, "tokens no theme declares");
        assertEquals(List.of(), roles.stream().filter(r -> !used.contains(r)).toList(), "roles nothing uses");
    }

    /**
     * The timeline's palette is defined once, from roles: every -tl-* variable the control's sheet uses is mapped
     * in styles/timeline.css, and the control's own sheet gives each a default that needs no app sheet.
     */
    @Test
    void theTimelinePaletteIsMappedOnceFromRoles() throws IOException {
        String ua = text("timeline/timeline-view.css");
        String app = text("styles/timeline.css");
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile(":[^;{}]*").matcher(ua);
        while (m.find()) {
            Matcher t = Pattern.compile("-tl-[a-z-]+").matcher(m.group());
            while (t.find()) {
                used.add(t.group());
            }
        }
        Map<String, String> mapped = declarations(app);
        Map<String, String> defaults = declarations(ua);
        List<String> failures = new ArrayList<>();
        for (String v : used) {
            if (!mapped.getOrDefault(v, "").startsWith("-wic-")) {
                failures.add(v + " is not mapped onto a role in styles/timeline.css");
            }
            if (!defaults.containsKey(v)) {
                failures.add(v + " has no default in timeline-view.css");
            }
        }
        mapped.forEach((k, v) -> {
            if (k.startsWith("-tl-") && !v.matches("-wic-[a-z0-9-]+")) {
                failures.add(k + ": " + v + " is not a role");
            }
        });
        for (String theme : THEMES) {
            if (text(theme).contains("-tl-")) {
                failures.add(theme + " declares the timeline's palette again");
            }
        }
        assertEquals(List.of(), failures);
    }

    /**
     * JavaFX only logs a broken stylesheet and drops what follows the error, so a missing brace silently
     * unstyles half the app: every sheet must parse without a single error.
     */
    @Test
    void everyStylesheetParsesWithoutErrors() throws IOException {
        List<String> errors = new ArrayList<>();
        for (String sheet : Stream.concat(THEMES.stream(), OTHER_SHEETS.stream()).toList()) {
            CssParser.errorsProperty().clear();
            new CssParser().parse(Objects.requireNonNull(Theme.class.getResource(sheet), sheet));
            CssParser.errorsProperty().forEach(e -> errors.add(sheet + ": " + e.getMessage()));
        }
        assertEquals(List.of(), errors);
    }

    private static void check(List<String> failures, String text, String on, Color fg, Color bg, double needed) {
        double ratio = contrast(fg, bg);
        if (ratio < needed) {
            failures.add(String.format("%s on %s: %.2f", text, on, ratio));
        }
    }

    private static Color role(Map<String, Color> roles, String name) {
        return Objects.requireNonNull(roles.get(name), name);
    }

    /** The roles in effect for a theme: the light ones, then the theme's. */
    private static Map<String, Color> roles(Theme theme) throws IOException {
        Map<String, Color> roles = new LinkedHashMap<>(declared(LIGHT));
        if (theme.stylesheet() != null) {
            roles.putAll(declared(theme.stylesheet().substring(theme.stylesheet().indexOf("themes/"))));
        }
        return roles;
    }

    /** Colour tokens declared on .root, read by JavaFX's own CSS parser. */
    private static Map<String, Color> declared(String sheet) throws IOException {
        URL url = Objects.requireNonNull(Theme.class.getResource(sheet), sheet);
        Stylesheet parsed = new CssParser().parse(url);
        Map<String, Color> colours = new LinkedHashMap<>();
        for (Rule rule : parsed.getRules()) {
            if (rule.getSelectors().stream().map(Selector::toString).noneMatch(s -> s.equals("*.root"))) {
                continue;
            }
            for (Declaration d : rule.getDeclarations()) {
                if (d.getParsedValue().getValue() instanceof Color c) {
                    colours.put(d.getProperty(), c);
                }
            }
        }
        return colours;
    }

    /** Property to value of every declaration in a sheet (comments removed; the last one wins). */
    private static Map<String, String> declarations(String css) {
        Map<String, String> all = new LinkedHashMap<>();
        Matcher d = Pattern.compile("([-a-zA-Z_]+)\\s*:\\s*([^;{}]*);").matcher(css);
        while (d.find()) {
            all.put(d.group(1), d.group(2).trim());
        }
        return all;
    }

    /** A hex or rgb()/hsb() colour, or a word JavaFX reads as a named colour (transparent aside). */
    static boolean hasColourLiteral(String value) {
        if (value.matches("(?s).*(#[0-9a-fA-F]{3,8}\\b|\\b(rgba?|hsba?|hsla?)\\s*\\().*")) {
            return true;
        }
        for (String word : value.split("[^A-Za-z]+")) {
            if (!word.isEmpty() && !word.equalsIgnoreCase("transparent") && isNamedColour(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNamedColour(String word) {
        try {
            Color.web(word);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String text(String sheet) throws IOException {
        try (var in = Objects.requireNonNull(Theme.class.getResourceAsStream(sheet), sheet)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
    }

    /** A translucent colour laid over an opaque one. */
    private static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return new Color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a), 1);
    }

    /** WCAG 2 contrast ratio; a translucent colour is first laid over the background. */
    static double contrast(Color text, Color background) {
        Color fg = over(text, background);
        double a = luminance(fg);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
