package org.wicexplorer.ui;

import java.util.Objects;

/**
 * What the detail area shows, as a value: an edition's pane, a person's page, the comparison or the trend
 * chart. Features ask the {@link Navigator} to show one; the window chooses the tab from it, never by index,
 * and the session keeps the one shown, so views built again (in another language) show it too.
 */
public sealed interface Destination {

    /** The panes of the selected edition, in the order of their tabs. */
    enum Pane {
        OVERVIEW("tab-overview"), THEMES("tab-themes"), SPEAKERS("tab-speakers"),
        CONTROVERSIES("tab-controversies"), DOCUMENTS("tab-documents");

        private final String tabId;

        Pane(String tabId) {
            this.tabId = tabId;
        }

        public String tabId() {
            return tabId;
        }
    }

    /** The id of the tab that shows this destination. */
    String tabId();

    /** One of an edition's panes; {@code editionId} null keeps the selected edition. */
    record EditionPane(String editionId, Pane pane) implements Destination {
        public EditionPane {
            Objects.requireNonNull(pane, "pane");
        }

        public static EditionPane of(Pane pane) {
            return new EditionPane(null, pane);
        }

        @Override
        public String tabId() {
            return pane.tabId();
        }
    }

    /** A person's appearances across the editions; {@code personId} null keeps the person shown. */
    record PersonPage(String personId) implements Destination {
        @Override
        public String tabId() {
            return "tab-people";
        }
    }

    /** Two editions side by side; {@code leftEditionId} null keeps the current choice. */
    record Compare(String leftEditionId) implements Destination {
        @Override
        public String tabId() {
            return "tab-compare";
        }
    }

    /** The hits of a query per year; {@code query} null keeps the chart's query. */
    record Trend(String query) implements Destination {
        @Override
        public String tabId() {
            return "tab-trend";
        }
    }

    Destination OVERVIEW = EditionPane.of(Pane.OVERVIEW);

    /** The destination a tab id stands for, keeping what it shows (null fields). */
    static Destination ofTab(String tabId) {
        for (Pane p : Pane.values()) {
            if (p.tabId().equals(tabId)) {
                return EditionPane.of(p);
            }
        }
        return switch (tabId == null ? "" : tabId) {
            case "tab-people" -> new PersonPage(null);
            case "tab-compare" -> new Compare(null);
            case "tab-trend" -> new Trend(null);
            default -> OVERVIEW;
        };
    }
}
