package org.wicexplorer.data;

import org.wicexplorer.model.Dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dataset rules ({@link DatasetValidator}) applied to a dataset built in memory, e.g. the bundled data
 * with the user's edits laid over it. Each finding points into the dataset's own lists
 * ({@code /editions/3/theme/sources/0}), in the order the {@link Dataset} keeps them.
 */
public final class DatasetCheck {
    private DatasetCheck() {
    }

    public record Finding(String pointer, String message) {
    }

    public static List<Finding> check(Dataset dataset, SeedLibrary seeds) {
        DatasetSections sections = new DatasetSections(1,
                dataset.info() == null ? null : new Located<>(dataset.info(), "/info"),
                located(dataset.topics(), "topics"), located(dataset.editions(), "editions"),
                located(dataset.people(), "people"), located(dataset.appearances(), "appearances"),
                located(dataset.controversies(), "controversies"), located(dataset.documents(), "documents"),
                located(dataset.milestones(), "milestones"), located(dataset.eras(), "eras"),
                located(dataset.conflicts(), "conflicts"), located(dataset.aliases(), "aliases"),
                located(dataset.citations(), "citations"), Map.of());
        return new DatasetValidator(sections, seeds).validate().stream()
                .map(issue -> new Finding(issue.pointer(), issue.message())).toList();
    }

    private static <T> List<Located<T>> located(List<T> items, String section) {
        List<Located<T>> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(new Located<>(items.get(i), "/" + section + "/" + i));
        }
        return out;
    }

}
