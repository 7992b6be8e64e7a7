package org.wicexplorer.data;

import org.wicexplorer.model.Dataset;

import java.util.List;
import java.util.Optional;

/** A dataset, or every problem that kept the file from being one. */
public record LoadResult(Dataset dataset, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    static LoadResult of(Dataset dataset) {
        return new LoadResult(dataset, List.of());
    }

    static LoadResult failed(List<Problem> problems) {
        return new LoadResult(null, problems);
    }

    static LoadResult failed(Problem problem) {
        return failed(List.of(problem));
    }

    public boolean ok() {
        return dataset != null;
    }

    public Optional<Dataset> datasetIfOk() {
        return Optional.ofNullable(dataset);
    }
}
