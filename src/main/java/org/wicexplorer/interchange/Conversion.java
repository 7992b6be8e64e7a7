package org.wicexplorer.interchange;

import java.util.List;
import java.util.Set;
import org.wicexplorer.model.Dataset;

/**
 * What a codec read from one file: a validated dataset fragment, what it left out and why, and which of its
 * items came whole from a record this app wrote ({@code kind:id}, e.g. {@code milestone:wic-io}): those may
 * change an item of the same id as an edit, where a foreign item with a taken id is skipped.
 */
public record Conversion(Dataset dataset, List<ImportReport.Entry> skipped, Set<String> records) {

    public Conversion {
        skipped = List.copyOf(skipped);
        records = Set.copyOf(records);
    }

    public Conversion(Dataset dataset, List<ImportReport.Entry> skipped) {
        this(dataset, skipped, Set.of());
    }

    /** Every item of a file in our own format is a record. */
    static Conversion ours(Dataset dataset) {
        java.util.Set<String> all = new java.util.HashSet<>();
        dataset.editions().forEach(e -> all.add("edition:" + e.id()));
        dataset.milestones().forEach(m -> all.add("milestone:" + m.id()));
        dataset.eras().forEach(e -> all.add("era:" + e.id()));
        return new Conversion(dataset, List.of(), all);
    }
}
