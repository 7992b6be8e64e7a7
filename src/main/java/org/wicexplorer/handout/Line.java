package org.wicexplorer.handout;

import java.util.List;

/** One laid-out line: its runs in order, and the height it takes from the baseline above. */
public record Line(List<Run> runs, float indent, float height) {

    public Line {
        runs = List.copyOf(runs);
    }
}
