package org.wicexplorer.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class CompressedTimeScaleTest {

    private static final double PAD = 1;
    private static final double GAP = 5;
    private static final double DOMAIN_START = LocalDate.of(2014, 1, 1).toEpochDay();
    private static final double DOMAIN_END = LocalDate.of(2027, 1, 1).toEpochDay();

    private final List<DayRange> editions = TimelineSamples.editions().stream()
            .map(e -> new DayRange(e.startDay(), e.endDayExclusive())).collect(Collectors.toList());
    private final CompressedAxis axis = CompressedAxis.build(editions, PAD, GAP, DOMAIN_START, DOMAIN_END);

    @Test
    void theMonthsBetweenEditionsCollapseIntoGapsOfFixedWidth() {
        // Before the first edition, between each pair, and after the last one.
        assertEquals(editions.size() + 1, axis.gaps().size());
        for (DayRange gap : axis.gaps()) {
            assertTrue(gap.length() > 300 || gap == axis.gaps().get(0) || gap == axis.gaps().get(13),
                    "inner gaps span most of a year: " + gap);
            assertEquals(GAP, axis.toUnit(gap.end()) - axis.toUnit(gap.start()), 1e-9);
        }
    }

    @Test
    void editionDaysKeepOneUnitPerDay() {
        for (DayRange edition : editions) {
            assertEquals(edition.length(), axis.toUnit(edition.end()) - axis.toUnit(edition.start()), 1e-9);
        }
    }

    @Test
    void atFitAllEachEditionIsReadableWhereTheLinearAxisGivesItASliver() {
        double width = 1200;
        CompressedTimeScale compressed = new CompressedTimeScale(axis, DOMAIN_START, DOMAIN_END, width);
        TimeScale linear = new TimeScale(DOMAIN_START, DOMAIN_END, width);
        for (DayRange edition : editions) {
            double linearWidth = linear.toX(edition.end()) - linear.toX(edition.start());
            double compressedWidth = compressed.toX(edition.end()) - compressed.toX(edition.start());
            assertTrue(linearWidth < 3, "linear: " + linearWidth);
            assertTrue(compressedWidth >= 8 * edition.length(), "compressed: " + compressedWidth);
        }
    }

    @Test
    void theMappingIsStrictlyIncreasingEverywhere() {
        CompressedTimeScale scale = new CompressedTimeScale(axis, DOMAIN_START, DOMAIN_END, 1200);
        double previous = Double.NEGATIVE_INFINITY;
        for (double day = DOMAIN_START - 800; day < DOMAIN_END + 800; day += 0.37) {
            double x = scale.toX(day);
            assertTrue(x > previous, "not increasing at day " + day);
            previous = x;
        }
    }

    @Test
    void toDayInvertsToXInsideAndOutsideTheDomain() {
        CompressedTimeScale scale = new CompressedTimeScale(axis, DOMAIN_START + 100, DOMAIN_END - 30, 987);
        for (double day = DOMAIN_START - 800; day < DOMAIN_END + 800; day += 3.3) {
            assertEquals(day, scale.toDay(scale.toX(day)), 1e-6);
        }
        for (double x = -500; x < 1500; x += 7.1) {
            assertEquals(x, scale.toX(scale.toDay(x)), 1e-6);
        }
    }

    @Test
    void anItemInAGapIsPlacedProportionallyInsideIt() {
        DayRange gap = axis.gaps().get(8); // from the 2021 summit to the 2022 summit
        double july12 = LocalDate.of(2022, 7, 12).toEpochDay();
        assertTrue(gap.contains(july12));
        double share = (july12 - gap.start()) / gap.length();
        double unitShare = (axis.toUnit(july12) - axis.toUnit(gap.start())) / GAP;
        assertEquals(share, unitShare, 1e-9);
        assertTrue(axis.isInGap(july12));
        assertEquals(gap.end(), axis.keptFrom(july12), 1e-9);
    }

    @Test
    void aStretchShorterThanAGapIsNotCompressed() {
        CompressedAxis close = CompressedAxis.build(List.of(new DayRange(100, 103), new DayRange(106, 108)), 0, GAP,
                100, 108);
        assertTrue(close.gaps().isEmpty());
        assertEquals(8, close.toUnit(108) - close.toUnit(100), 1e-9);
        assertFalse(close.isInGap(104));
    }

    @Test
    void withoutSpansTheAxisIsLinear() {
        CompressedAxis none = CompressedAxis.build(List.of(), PAD, GAP, 0, 1000);
        assertTrue(none.gaps().isEmpty());
        assertEquals(500, none.toUnit(500) - none.toUnit(0), 1e-9);
    }
}
