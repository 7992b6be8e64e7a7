package org.wicexplorer.data;

import java.util.List;

/** The one error type that leaves the data layer: the input is unusable, and here is why, line by line. */
public final class DataException extends Exception {
    private final List<Problem> problems;

    public DataException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid data" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public DataException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
