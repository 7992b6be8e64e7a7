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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text stays readable in every theme: the WCAG contrast ratio of each text token on the surfaces it is
 * drawn on, computed from the tokens as the stylesheets define them (app.css and the timeline's, then the
 * theme's overrides). AA (4.5:1) for light and dark, AAA (7:1) for high contrast.
 */
class ThemeContrastTest {

    /** Text token, then the backgrounds it is drawn on. */
    private static final String[][] PAIRS = {
            {"-wic-fg", "-wic-bg", "-wic-surface", "-wic-surface-alt", "-wic-accent-soft", "-wic-disputed-soft",
                    "-wic-followed-soft", "-wic-highlight", "-wic-passage-soft", "-wic-match-soft"},
            {"-wic-muted", "-wic-bg", "-wic-surface", "-wic-surface-alt"},
            {"-wic-on-selection-bar", "-wic-selection-bar"},
            {"-wic-fg", "-wic-selection-bar-inactive"},
            {"-wic-accent", "-wic-surface", "-wic-bg", "-wic-accent-soft"},
            {"-wic-disputed", "-wic-disputed-soft", "-wic-surface"},
            {"-wic-followed", "-wic-followed-soft", "-wic-surface"},
            {"-tl-text-color", "-tl-background", "-tl-header-background", "-tl-selection-fill"},
            {"-tl-muted-text-color", "-tl-background"},
            {"-tl-era-text-color", "-tl-background"},
            {"-tl-disputed-color", "-tl-background"},
            {"-tl-today-text-color", "-tl-today-color"},
    };

    @ParameterizedTest
    @EnumSource(Theme.class)
    void textTokensHaveEnoughContrast(Theme theme) throws IOException {
        Map<String, Color> tokens = tokens(theme);
        double needed = theme == Theme.HIGH_CONTRAST ? 7 : 4.5;
        List<String> failures = new ArrayList<>();
        for (String[] pair : PAIRS) {
            Color text = Objects.requireNonNull(tokens.get(pair[0]), pair[0]);
            for (int i = 1; i < pair.length; i++) {
                Color background = Objects.requireNonNull(tokens.get(pair[i]), pair[i]);
                double ratio = contrast(text, background);
                if (ratio < needed) {
                    failures.add(String.format("%s on %s: %.2f", pair[0], pair[i], ratio));
                }
            }
        }
        assertEquals(List.of(), failures, theme + " needs " + needed + ":1");
    }

    @ParameterizedTest
    @EnumSource(value = Theme.class, names = {"DARK", "HIGH_CONTRAST"})
    void aThemeOverridesEveryColourTokenOfTheLightOne(Theme theme) throws IOException {
        Map<String, Color> light = tokens(Theme.LIGHT);
        Map<String, Color> own = declared(Objects.requireNonNull(Theme.class.getResource(
                theme.stylesheet().substring(theme.stylesheet().indexOf("themes/")))));
        List<String> missing = light.keySet().stream().filter(k -> !own.containsKey(k))
                .filter(k -> !k.equals("-wic-focus-ring") && !k.equals("-wic-blank")).sorted().toList();
        assertEquals(List.of(), missing, "tokens the " + theme + " theme leaves light");
    }

    @Test
    void noColourLiteralOutsideTheTokenDefinitions() throws IOException {
        for (String sheet : List.of("app.css", "timeline/timeline-view.css", "present/present.css",
                "themes/dark.css", "themes/high-contrast.css")) {
            String css = new String(Objects.requireNonNull(Theme.class.getResourceAsStream(sheet)).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
            Matcher m = Pattern.compile("^\\s*([-a-z]+)\\s*:\\s*(.*?);", Pattern.MULTILINE).matcher(css);
            while (m.find()) {
                boolean literal = m.group(2).matches(".*(#[0-9a-fA-F]{3,8}\\b|rgba?\\().*");
                boolean token = m.group(1).startsWith("-wic-") || m.group(1).startsWith("-tl-")
                        || m.group(1).startsWith("-fx-base") || m.group(1).endsWith("focus-color")
                        || m.group(1).equals("-fx-accent");
                assertTrue(!literal || token, sheet + ": a colour outside the tokens: " + m.group());
            }
        }
    }

    /**
     * JavaFX only logs a broken stylesheet and drops what follows the error, so a missing brace silently
     * unstyles half the app: every sheet must parse without a single error.
     */
    @Test
    void everyStylesheetParsesWithoutErrors() throws IOException {
        List<String> errors = new ArrayList<>();
        for (String sheet : List.of("app.css", "present/present.css", "themes/dark.css", "themes/high-contrast.css",
                "timeline/timeline-view.css", "fonts/fonts.css")) {
            CssParser.errorsProperty().clear();
            new CssParser().parse(Objects.requireNonNull(Theme.class.getResource(sheet), sheet));
            CssParser.errorsProperty().forEach(e -> errors.add(sheet + ": " + e.getMessage()));
        }
        assertEquals(List.of(), errors);
    }

    /** The colours in effect for a theme: the light tokens, then the theme's. */
    private static Map<String, Color> tokens(Theme theme) throws IOException {
        Map<String, Color> tokens = new HashMap<>();
        tokens.putAll(declared(Objects.requireNonNull(Theme.class.getResource("app.css"))));
        tokens.putAll(declared(Objects.requireNonNull(Theme.class.getResource("timeline/timeline-view.css"))));
        if (theme.stylesheet() != null) {
            tokens.putAll(declared(new URL(theme.stylesheet())));
        }
        return tokens;
    }

    /** Colour tokens declared on .root or .timeline-view, read by JavaFX's own CSS parser. */
    private static Map<String, Color> declared(URL sheet) throws IOException {
        Stylesheet parsed = new CssParser().parse(sheet);
        Map<String, Color> colours = new HashMap<>();
        for (Rule rule : parsed.getRules()) {
            boolean tokenRule = rule.getSelectors().stream().map(Selector::toString)
                    .anyMatch(s -> s.equals("*.root") || s.equals("*.timeline-view"));
            if (!tokenRule) {
                continue;
            }
            for (Declaration d : rule.getDeclarations()) {
                Object value = d.getParsedValue().getValue();
                if (value instanceof Color c) {
                    colours.put(d.getProperty(), c);
                }
            }
        }
        return colours;
    }

    /** WCAG 2 contrast ratio; a translucent colour is first laid over the background. */
    static double contrast(Color text, Color background) {
        Color over = new Color(
                text.getRed() * text.getOpacity() + background.getRed() * (1 - text.getOpacity()),
                text.getGreen() * text.getOpacity() + background.getGreen() * (1 - text.getOpacity()),
                text.getBlue() * text.getOpacity() + background.getBlue() * (1 - text.getOpacity()), 1);
        double a = luminance(over);
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
