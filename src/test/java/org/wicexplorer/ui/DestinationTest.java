package org.wicexplorer.ui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every tab the detail area has is a destination, and back: views built again (after a change of language) show the same one. */
class DestinationTest {

    @Test
    void eachPaneAndPageIsFoundFromItsTab() {
        for (Destination.Pane pane : Destination.Pane.values()) {
            assertEquals(Destination.EditionPane.of(pane), Destination.ofTab(pane.tabId()));
        }
        for (Destination d : new Destination[] {new Destination.PersonPage(null), new Destination.Compare(null),
                new Destination.Trend(null)}) {
            assertEquals(d, Destination.ofTab(d.tabId()));
        }
        assertEquals(Destination.OVERVIEW, Destination.ofTab(null), "no tab: the overview");
        assertEquals("tab-controversies", new Destination.EditionPane("wic-2015", Destination.Pane.CONTROVERSIES).tabId());
    }
}
