package org.wicexplorer.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The colour themes. Light is app.css's own tokens; the others are stylesheets that override only the
 * colour tokens ({@code -wic-*} on {@code .root}, {@code -tl-*} on {@code .timeline-view}), added after app.css.
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

    /** The overriding stylesheet's URL, or null for light. */
    public String stylesheet() {
        return resource == null ? null
                : Objects.requireNonNull(Theme.class.getResource(resource), resource).toExternalForm();
    }

    /** Puts this theme's sheet right after app.css (so later sheets, e.g. presentation's, still win) and no other. */
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
            if (stylesheets.get(i).endsWith("/org/wicexplorer/ui/app.css")) {
                at = i + 1;
            }
        }
        stylesheets.add(at, mine);
    }
}
