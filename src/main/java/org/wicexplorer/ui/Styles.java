package org.wicexplorer.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The app's stylesheets and the style classes that more than one room uses, as AtlantaFX's {@code Styles} names
 * its classes. The sheets are one per room of the interface, after the light theme's role tokens; a dark or
 * high-contrast theme's sheet goes after them (see {@link Theme#applyTo}), and presentation's after that.
 * Colours come from role tokens only ({@code themes/light.css}); ThemeContrastTest checks both.
 */
public final class Styles {
    /** The default theme's role tokens, then one sheet per room, in cascade order. */
    private static final List<String> RESOURCES = List.of(
            "themes/light.css",
            "styles/base.css",
            "styles/frame.css",
            "styles/timeline.css",
            "styles/detail.css",
            "styles/reader.css",
            "styles/search.css",
            "styles/userdata.css");

    /** The app's sheets as stylesheet URLs, in order. */
    public static final List<String> SHEETS = RESOURCES.stream()
            .map(r -> Objects.requireNonNull(Styles.class.getResource(r), r).toExternalForm()).toList();

    // ---- style classes shared across rooms ----

    /** Secondary text: -wic-fg-muted. */
    public static final String MUTED = "muted";
    /** What a section shows when it has nothing: muted and italic. */
    public static final String EMPTY_NOTE = "empty-note";
    /** A section's heading in a detail page, a trend tab... */
    public static final String SECTION_HEADING = "section-heading";
    /** The name column of a name/value grid. */
    public static final String FIELD_NAME = "field-name";
    /** A pill holding a short label. */
    public static final String CHIP = "chip";
    /** A chip naming a kind (of document, of edition...), in the accent colours. */
    public static final String KIND_CHIP = "kind-chip";
    /** A chip naming a person's role, in the accent colours. */
    public static final String ROLE_CHIP = "role-chip";
    /** A chip saying sources disagree, in the warning colours. */
    public static final String DISPUTED_CHIP = "disputed-chip";
    /** The ⚠ beside a disputed value. */
    public static final String DISPUTED_MARK = "disputed-mark";
    /** The scroll pane of a detail page, on the surface colour. */
    public static final String DETAIL_SCROLL = "detail-scroll";

    private Styles() {
    }

    /** Adds the app's sheets that are missing, in their order, before any sheet already there. */
    public static void addTo(List<String> stylesheets) {
        int at = 0;
        for (String sheet : SHEETS) {
            int found = stylesheets.indexOf(sheet);
            if (found < 0) {
                stylesheets.add(at++, sheet);
            } else {
                at = found + 1;
            }
        }
    }

    /** Whether this stylesheet URL is one of the app's own sheets (not a theme's override, fonts' or presentation's). */
    public static boolean isAppSheet(String url) {
        return SHEETS.contains(url);
    }

    /**
     * The style class of a party (organisers, critics, press, participants) of a controversy; the sheets colour
     * each with a categorical role ({@code .party-critics} takes {@code -wic-cat-6}).
     */
    public static String party(Enum<?> party) {
        return "party-" + party.name().toLowerCase(Locale.ROOT);
    }
}
