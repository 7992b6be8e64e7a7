package org.wicexplorer.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TimeScaleTest {

    private final double start = LocalDate.of(2014, 1, 1).toEpochDay();
    private final double end = LocalDate.of(2015, 1, 1).toEpochDay();
    private final TimeScale scale = new TimeScale(start, end, 730);

    @Test
    void windowEndsMapToTheEdgesOfTheWidth() {
        assertEquals(0, scale.toX(start), 1e-9);
        assertEquals(730, scale.toX(end), 1e-9);
        assertEquals(365, scale.toX(start + 182.5), 1e-9);
        assertEquals(364, scale.toX(LocalDate.of(2014, 7, 2)), 1e-9);
    }

    @Test
    void everyDayIsEquallyWide() {
        assertEquals(2, scale.pixelsPerDay(start), 1e-9);
        assertEquals(2, scale.toX(LocalDate.of(2014, 11, 20)) - scale.toX(LocalDate.of(2014, 11, 19)), 1e-9);
    }

    @Test
    void toDayInvertsToXAlsoOutsideTheWindow() {
        for (double day = start - 400; day < end + 400; day += 13.7) {
            assertEquals(day, scale.toDay(scale.toX(day)), 1e-9);
        }
    }

    @Test
    void anEmptyWindowIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(start, start, 100));
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(start, end, 0));
    }
}
