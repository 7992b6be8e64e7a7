package org.wicexplorer.interchange;

import java.util.List;
import org.wicexplorer.model.Dataset;

/** What a codec read from one file: a validated dataset fragment, and what it left out and why. */
public record Conversion(Dataset dataset, List<ImportReport.Entry> skipped) {

    public Conversion {
        skipped = List.copyOf(skipped);
    }
}
