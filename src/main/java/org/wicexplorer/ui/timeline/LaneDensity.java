package org.wicexplorer.ui.timeline;

/**
 * A lane with too many items in view for one node each, summarised per pixel column: how many items cover each
 * bin, and how many start in each wider cluster (those counts are printed).
 *
 * @param all      items covering each bin, whether or not they pass the filter
 * @param passing  items covering each bin that pass the filter
 * @param clusters items starting in each cluster
 */
record LaneDensity(LaneBox box, double binWidth, int[] all, int[] passing, double clusterWidth, int[] clusters) {

    static LaneDensity of(LaneBox box, TimelineIndex.Lane items, int from, int to, AxisScale scale,
                          TimelineView view, double binWidth, double clusterWidth) {
        double width = scale.width();
        int bins = Math.max(1, (int) Math.ceil(width / binWidth));
        int[] allDiff = new int[bins + 1];
        int[] passDiff = new int[bins + 1];
        int[] clusters = new int[Math.max(1, (int) Math.ceil(width / clusterWidth))];
        // The lane itself is shown (hidden lanes are never laid out), so only a hiding filter can leave an item
        // out: the per-item check is skipped otherwise, which is most of the cost at 100,000 items.
        boolean mayHide = view.isHideFiltered() || view.getHiddenLanes().contains(box.lane());
        for (int i = from; i < to; i++) {
            TimelineItem<?> item = items.get(i);
            if (mayHide && !view.isDisplayed(item)) {
                continue;
            }
            double x0 = scale.toX(items.start(i));
            double x1 = scale.toX(items.end(i));
            if (x1 < 0 || x0 > width) {
                continue;
            }
            // Difference arrays: a long item costs two writes, not one per bin it covers.
            int b0 = clampBin((int) Math.floor(x0 / binWidth), bins);
            int b1 = clampBin((int) Math.floor(Math.max(x0, x1 - 0.001) / binWidth), bins);
            allDiff[b0]++;
            allDiff[b1 + 1]--;
            if (view.passesFilter(item)) {
                passDiff[b0]++;
                passDiff[b1 + 1]--;
            }
            if (x0 >= 0) {
                clusters[Math.min(clusters.length - 1, (int) (x0 / clusterWidth))]++;
            }
        }
        int[] all = new int[bins];
        int[] passing = new int[bins];
        int a = 0;
        int p = 0;
        for (int b = 0; b < bins; b++) {
            a += allDiff[b];
            p += passDiff[b];
            all[b] = a;
            passing[b] = p;
        }
        return new LaneDensity(box, binWidth, all, passing, clusterWidth, clusters);
    }

    private static int clampBin(int b, int bins) {
        return Math.max(0, Math.min(bins - 1, b));
    }

    int max() {
        int max = 0;
        for (int v : all) {
            max = Math.max(max, v);
        }
        return max;
    }
}
