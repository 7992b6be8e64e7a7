package org.wicexplorer.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TimelineIndexTest {

    @Test
    void findsTheItemsOfAWindowIncludingALongOneStartedEarlier() {
        List<TimelineItem<?>> items = new ArrayList<>();
        items.add(TimelineItem.of("long", TimelineSamples.CONTROVERSY, LocalDate.of(2014, 1, 1),
                LocalDate.of(2020, 1, 1), "long", ""));
        for (int i = 0; i < 100; i++) {
            items.add(TimelineItem.of("p" + i, TimelineSamples.CONTROVERSY, LocalDate.of(2014, 1, 1).plusDays(i * 10L),
                    null, "p" + i, ""));
        }
        TimelineIndex.Lane lane = new TimelineIndex(items).lane(TimelineSamples.CONTROVERSY);
        double from = LocalDate.of(2015, 1, 1).toEpochDay();
        double to = LocalDate.of(2015, 2, 1).toEpochDay();
        int first = lane.firstEndingAfter(from);
        int end = lane.firstStartingFrom(to);
        List<String> inWindow = new ArrayList<>();
        for (int i = first; i < end; i++) {
            if (lane.end(i) > from) {
                inWindow.add(lane.get(i).id());
            }
        }
        // p37 starts 2015-01-06 ... p39 starts 2015-01-26; "long" covers the whole window.
        assertEquals(List.of("long", "p37", "p38", "p39"), inWindow);
        assertEquals(38, lane.indexOf(items.get(38)));
    }
}
