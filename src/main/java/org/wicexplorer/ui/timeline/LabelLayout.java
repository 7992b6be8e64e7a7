package org.wicexplorer.ui.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Greedy placement of labels that must not overlap. Each label starts at a fixed x and offers a few levels of
 * detail, richest first (say: name, dates and theme; name and dates; name only). First every label, in groups
 * of equal priority, highest first, claims its poorest level in the first row where it fits; then, group by
 * group and one level at a time, labels are upgraded while the richer text still fits, in their row or another.
 * So all editions get their name before any (even the selected one) gets its theme, and a label that fits
 * nowhere is dropped. Last, a label
 * at its richest level may widen into the free space on its right, up to its natural width.
 *
 * <p>Greedy is not optimal, but it is predictable: the selected item goes first, ties go left to right, and the
 * outcome never depends on more than a label's neighbours. Cost is O(n log n) per level.
 */
public final class LabelLayout {

    /** No level fitted; the caller draws the item without a label. */
    public static final int DROPPED = -1;

    /**
     * @param x        left edge of the label
     * @param widths   width of each level, richest first
     * @param maxWidth how wide the richest level would like to be, if there is room (at least {@code widths[0]})
     * @param priority higher goes first; ties go left to right
     */
    public record Candidate(double x, double[] widths, double maxWidth, int priority) {
        public Candidate {
            widths = widths.clone();
        }

        public static Candidate of(double x, int priority, double... widths) {
            return new Candidate(x, widths, widths.length == 0 ? 0 : widths[0], priority);
        }
    }

    /** Where a label went: its level ({@link #DROPPED} if none), row and final width. */
    public record Placement(int level, int row, double width) {
        public boolean placed() {
            return level != DROPPED;
        }
    }

    private LabelLayout() {
    }

    /**
     * @param rows how many rows labels may stack in (at least one)
     * @param gap  free space kept between two labels in a row
     * @return one placement per candidate, in the candidates' order
     */
    public static List<Placement> place(List<Candidate> candidates, int rows, double gap) {
        int n = candidates.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> -candidates.get(i).priority())
                .thenComparingDouble(i -> candidates.get(i).x()));
        List<TreeMap<Double, Double>> occupied = new ArrayList<>();
        for (int r = 0; r < Math.max(1, rows); r++) {
            occupied.add(new TreeMap<>());
        }
        int[] levels = new int[n];
        int[] rowOf = new int[n];
        Arrays.fill(levels, DROPPED);
        // Every label claims its short form first, the selected one first of all; only then, group by group,
        // do labels grow richer where that hides no one. So the selection's long lines never cost a
        // neighbour its short label (the 2nd edition's "2nd" beside a selected 1st).
        List<int[]> groups = new ArrayList<>();
        int groupStart = 0;
        while (groupStart < n) {
            int priority = candidates.get(order[groupStart]).priority();
            int groupEnd = groupStart;
            while (groupEnd < n && candidates.get(order[groupEnd]).priority() == priority) {
                groupEnd++;
            }
            groups.add(new int[] {groupStart, groupEnd});
            groupStart = groupEnd;
        }
        for (int[] g : groups) {
            claimGroup(candidates, order, g[0], g[1], occupied, levels, rowOf, gap);
        }
        for (int[] g : groups) {
            upgradeGroup(candidates, order, g[0], g[1], occupied, levels, rowOf, gap);
        }
        List<Placement> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            if (levels[i] == DROPPED) {
                result.add(new Placement(DROPPED, 0, 0));
                continue;
            }
            double w = c.widths()[levels[i]];
            if (levels[i] == 0 && c.maxWidth() > w) {
                Map.Entry<Double, Double> next = occupied.get(rowOf[i]).higherEntry(c.x());
                double room = next == null ? Double.POSITIVE_INFINITY : next.getKey() - gap - c.x();
                w = Math.max(w, Math.min(c.maxWidth(), room));
            }
            result.add(new Placement(levels[i], rowOf[i], w));
        }
        return result;
    }

    private static void claimGroup(List<Candidate> candidates, Integer[] order, int from, int to,
                                   List<TreeMap<Double, Double>> occupied, int[] levels, int[] rowOf, double gap) {
        // First every label of the group claims its poorest level, so none is starved by a rich neighbour.
        for (int k = from; k < to; k++) {
            int i = order[k];
            Candidate c = candidates.get(i);
            if (Double.isNaN(c.x())) {
                continue;
            }
            int poorest = poorestLevel(c);
            if (poorest == DROPPED) {
                continue;
            }
            for (int r = 0; r < occupied.size(); r++) {
                if (isFree(occupied.get(r), c.x(), c.x() + c.widths()[poorest], gap)) {
                    occupied.get(r).put(c.x(), c.x() + c.widths()[poorest]);
                    levels[i] = poorest;
                    rowOf[i] = r;
                    break;
                }
            }
        }
    }

    private static void upgradeGroup(List<Candidate> candidates, Integer[] order, int from, int to,
                                     List<TreeMap<Double, Double>> occupied, int[] levels, int[] rowOf, double gap) {
        int deepest = 0;
        for (int k = from; k < to; k++) {
            deepest = Math.max(deepest, levels[order[k]]);
        }
        // Upgrade one level at a time across the whole group, left to right.
        for (int level = deepest - 1; level >= 0; level--) {
            for (int k = from; k < to; k++) {
                int i = order[k];
                Candidate c = candidates.get(i);
                if (levels[i] == DROPPED || levels[i] <= level || !(c.widths()[level] > 0)) {
                    continue;
                }
                double end = c.x() + c.widths()[level];
                TreeMap<Double, Double> row = occupied.get(rowOf[i]);
                double current = row.remove(c.x());
                if (isFree(row, c.x(), end, gap)) {
                    row.put(c.x(), end);
                    levels[i] = level;
                    continue;
                }
                row.put(c.x(), current);
                // The richer text may still fit in another row; staggering beats truncating.
                for (int r = 0; r < occupied.size(); r++) {
                    if (r != rowOf[i] && isFree(occupied.get(r), c.x(), end, gap)) {
                        row.remove(c.x());
                        occupied.get(r).put(c.x(), end);
                        rowOf[i] = r;
                        levels[i] = level;
                        break;
                    }
                }
            }
        }
    }

    private static int poorestLevel(Candidate c) {
        for (int level = c.widths().length - 1; level >= 0; level--) {
            if (c.widths()[level] > 0) {
                return level;
            }
        }
        return DROPPED;
    }

    /** Intervals in a row are disjoint, so only the last one starting before {@code to + gap} can overlap. */
    private static boolean isFree(TreeMap<Double, Double> row, double from, double to, double gap) {
        Map.Entry<Double, Double> before = row.lowerEntry(to + gap);
        return before == null || before.getValue() + gap <= from;
    }
}
