package org.wicexplorer.interchange;

import java.util.List;
import org.wicexplorer.data.Problem;

/**
 * How an import ended: what was imported, what was skipped and why, and the problems that stopped it.
 * When {@link #problems()} is not empty nothing was imported.
 */
public record ImportReport(List<Entry> imported, List<Entry> skipped, List<Problem> problems) {

    public ImportReport {
        imported = List.copyOf(imported);
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
    }

    /** One item or file: where it came from, what it is, and (for a skipped one) why. */
    public record Entry(String source, String what, String reason) {
        public Entry(String source, String what) {
            this(source, what, null);
        }
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
