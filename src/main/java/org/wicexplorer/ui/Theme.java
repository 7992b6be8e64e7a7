package org.wicexplorer.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The colour themes. Each is a sheet of role tokens ({@code -wic-*} on {@code .root}) and nothing else: light's
 * ({@code themes/light.css}) is the first of the app's sheets ({@link Styles#SHEETS}), always loaded; dark's and
 * high contrast's declare the same roles again, added after the app's sheets. Every other sheet, the timeline's
 * palette included, colours things with the roles, so a new theme is a new file of role values.
 */
public enum Theme {
    LIGHT(null),
    DARK("themes/dark.css"),
    HIGH_CONTRAST("themes/high-contrast.css");

    private final String resource;

    Theme(String resource) {
        this.resource = resource;
    }

    /** The name kept in the settings: "light", "dark", "high-contrast". */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The theme of a settings value; light for anything unknown or missing. */
    public static Theme of(String id) {
        for (Theme t : values()) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        return LIGHT;
    }

    /** The overriding stylesheet's URL, or null for light (whose roles are the app's first sheet). */
    public String stylesheet() {
        return resource == null ? null
                : Objects.requireNonNull(Theme.class.getResource(resource), resource).toExternalForm();
    }

    /** Puts this theme's sheet right after the app's sheets (so later ones, e.g. presentation's, still win) and no other. */
    public void applyTo(List<String> stylesheets) {
        for (Theme t : values()) {
            if (t != this && t.resource != null) {
                stylesheets.remove(t.stylesheet());
            }
        }
        String mine = stylesheet();
        if (mine == null || stylesheets.contains(mine)) {
            return;
        }
        int at = 0;
        for (int i = 0; i < stylesheets.size(); i++) {
            if (Styles.isAppSheet(stylesheets.get(i))) {
                at = i + 1;
            }
        }
        stylesheets.add(at, mine);
    }
}
