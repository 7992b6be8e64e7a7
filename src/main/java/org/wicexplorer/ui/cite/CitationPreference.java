package org.wicexplorer.ui.cite;

import org.wicexplorer.cite.CitationStyle;
import org.wicexplorer.data.CitationSettingsStore;
import org.wicexplorer.ui.I18n;

import java.io.IOException;

/**
 * The citation style the user last chose, for copied citations and the handout's notes. It is
 * remembered between runs ({@link CitationSettingsStore}); before any choice, it is the interface
 * language's default (Chicago in English, GB/T 7714 numeric in Chinese).
 */
public final class CitationPreference {
    private static CitationSettingsStore store;
    private static CitationStyle chosen;

    private CitationPreference() {
    }

    public static synchronized CitationStyle style() {
        if (chosen == null) {
            chosen = store().style().flatMap(CitationStyle::ofId).orElse(null);
        }
        return chosen != null ? chosen : CitationStyle.defaultFor(I18n.language().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Remembers {@code style}; a failed save keeps the choice for this run. */
    public static synchronized void choose(CitationStyle style) {
        chosen = style;
        try {
            store().saveStyle(style.id());
        } catch (IOException e) {
            // the choice still holds for this run; settings are a convenience, never a reason to fail a copy
        }
    }

    /** Forgets what was read, so the next {@link #style()} reads the file again (tests, a new user directory). */
    public static synchronized void reload() {
        chosen = null;
        store = null;
    }

    private static CitationSettingsStore store() {
        if (store == null) {
            store = CitationSettingsStore.inUserDataHome();
        }
        return store;
    }
}
