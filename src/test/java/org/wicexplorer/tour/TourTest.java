package org.wicexplorer.tour;

import org.junit.jupiter.api.Test;
import org.wicexplorer.model.Text;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Editing a tour: every change gives a new tour with the steps in the order the teacher wants. */
class TourTest {
    private final Tour tour = new Tour(Text.of("Test", "测试"), List.of(
            TourStep.edition("wic-2014"), TourStep.controversy("boycott-calls-2015"),
            TourStep.quote("c-2015-rsf"), TourStep.passage("en-wikipedia-wic", "an annual event")));

    private static List<String> targets(Tour t) {
        return t.steps().stream().map(TourStep::target).toList();
    }

    @Test
    void movingSwapsWithTheNeighbour() {
        Tour moved = tour.moving(2, -1);
        assertEquals(List.of("wic-2014", "c-2015-rsf", "boycott-calls-2015", "en-wikipedia-wic"), targets(moved));
        assertEquals(targets(tour), targets(moved.moving(1, 1)), "down undoes up");
        assertEquals(List.of("wic-2014", "boycott-calls-2015", "c-2015-rsf", "en-wikipedia-wic"), targets(tour),
                "the original is untouched");
    }

    @Test
    void movingPastEitherEndChangesNothing() {
        assertSame(tour, tour.moving(0, -1));
        assertSame(tour, tour.moving(3, 1));
        assertSame(tour, tour.moving(9, 1));
    }

    @Test
    void addingRemovingAndNotes() {
        Tour t = tour.adding(TourStep.edition("wic-2026")).removing(0);
        assertEquals(List.of("boycott-calls-2015", "c-2015-rsf", "en-wikipedia-wic", "wic-2026"), targets(t));
        Tour noted = t.replacing(3, t.step(3).withNotes(Text.of("Ask about 13 years", null)));
        assertTrue(noted.step(3).hasNotes());
        assertEquals("Ask about 13 years", noted.step(3).notes().en());
        assertEquals(3, noted.indexOfEdition("wic-2026"));
        assertEquals(-1, noted.indexOfEdition("wic-2014"));
    }

    @Test
    void onlyAPassageCarriesText() {
        assertEquals("an annual event", tour.step(3).text());
        assertNull(new TourStep(StepKind.EDITION, "wic-2014", "ignored", null).text());
        assertThrows(NullPointerException.class, () -> new TourStep(StepKind.PASSAGE, "en-wikipedia-wic", null, null));
        assertTrue(tour.step(0).notes().isEmpty(), "missing notes are empty notes");
    }
}
