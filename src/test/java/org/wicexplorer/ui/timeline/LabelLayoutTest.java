package org.wicexplorer.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LabelLayoutTest {

    private static final double GAP = 5;

    @Test
    void placedLabelsNeverOverlapInARow() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            List<LabelLayout.Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                double w = 10 + random.nextDouble() * 150;
                candidates.add(new LabelLayout.Candidate(random.nextDouble() * 2000,
                        new double[] {w, w / 2, w / 4}, w * 2, random.nextInt(3)));
            }
            int rows = 1 + round % 3;
            List<LabelLayout.Placement> placed = LabelLayout.place(candidates, rows, GAP);
            for (int i = 0; i < placed.size(); i++) {
                for (int j = i + 1; j < placed.size(); j++) {
                    LabelLayout.Placement a = placed.get(i);
                    LabelLayout.Placement b = placed.get(j);
                    if (a.placed() && b.placed() && a.row() == b.row()) {
                        double a0 = candidates.get(i).x();
                        double b0 = candidates.get(j).x();
                        boolean apart = a0 + a.width() + GAP <= b0 + 1e-9 || b0 + b.width() + GAP <= a0 + 1e-9;
                        assertTrue(apart, "labels " + i + " and " + j + " overlap");
                    }
                }
            }
        }
    }

    @Test
    void everyLabelGetsItsShortFormBeforeAnyGetsALongOne() {
        List<LabelLayout.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            candidates.add(LabelLayout.Candidate.of(i * 60, 1, 200, 100, 40));
        }
        List<LabelLayout.Placement> placed = LabelLayout.place(candidates, 1, GAP);
        for (int i = 0; i < 9; i++) {
            assertEquals(2, placed.get(i).level(), "label " + i);
        }
        // The last one has free space on its right, so it may say more.
        assertEquals(0, placed.get(9).level());
    }

    @Test
    void theSelectedLabelGrowsOnlyWhereItHidesNoNeighboursShortLabel() {
        List<LabelLayout.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            candidates.add(LabelLayout.Candidate.of(i * 60, i == 4 ? 3 : 1, 200, 100, 40));
        }
        List<LabelLayout.Placement> placed = LabelLayout.place(candidates, 1, GAP);
        // Every neighbour keeps its short label; the selection drops its long lines rather than hide them.
        for (int i = 0; i < 10; i++) {
            assertTrue(placed.get(i).placed(), "label " + i);
        }
        assertEquals(2, placed.get(4).level());

        // With a second row, the selection says more there, and still hides no one.
        List<LabelLayout.Placement> twoRows = LabelLayout.place(candidates, 2, GAP);
        assertTrue(twoRows.stream().allMatch(LabelLayout.Placement::placed));
        assertEquals(0, twoRows.get(4).level());
        assertEquals(1, twoRows.get(4).row());
    }

    @Test
    void theSelectedLabelGetsItsRichestFormWhenThereIsRoom() {
        List<LabelLayout.Candidate> candidates = List.of(LabelLayout.Candidate.of(0, 1, 200, 100, 40),
                LabelLayout.Candidate.of(300, 3, 200, 100, 40), LabelLayout.Candidate.of(600, 1, 200, 100, 40));
        assertEquals(0, LabelLayout.place(candidates, 1, GAP).get(1).level());
    }

    @Test
    void aSecondRowTakesTheLabelsThatDoNotFitTheFirst() {
        List<LabelLayout.Candidate> candidates = List.of(
                LabelLayout.Candidate.of(0, 1, 100), LabelLayout.Candidate.of(50, 1, 100),
                LabelLayout.Candidate.of(120, 1, 100));
        List<LabelLayout.Placement> placed = LabelLayout.place(candidates, 2, GAP);
        assertEquals(0, placed.get(0).row());
        assertEquals(1, placed.get(1).row());
        assertEquals(0, placed.get(2).row());
    }

    @Test
    void aRichLabelWidensIntoFreeSpaceUpToTheNextLabel() {
        List<LabelLayout.Candidate> candidates = List.of(
                new LabelLayout.Candidate(0, new double[] {80}, 400, 1),
                new LabelLayout.Candidate(150, new double[] {80}, 80, 1),
                new LabelLayout.Candidate(300, new double[] {80}, 120, 1));
        List<LabelLayout.Placement> placed = LabelLayout.place(candidates, 1, GAP);
        assertEquals(150 - GAP, placed.get(0).width(), 1e-9);
        assertEquals(80, placed.get(1).width(), 1e-9);
        assertEquals(120, placed.get(2).width(), 1e-9);
    }

    @Test
    void aLabelThatFitsNowhereIsDropped() {
        List<LabelLayout.Candidate> candidates = List.of(
                LabelLayout.Candidate.of(0, 1, 100), LabelLayout.Candidate.of(10, 1, 100, 50));
        List<LabelLayout.Placement> placed = LabelLayout.place(candidates, 1, GAP);
        assertTrue(placed.get(0).placed());
        assertEquals(LabelLayout.DROPPED, placed.get(1).level());
    }
}
