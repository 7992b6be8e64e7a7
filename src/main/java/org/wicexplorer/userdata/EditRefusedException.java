package org.wicexplorer.userdata;

import java.util.List;
import java.util.stream.Collectors;

/** An edit that would make the data invalid, e.g. a reference to a citation that does not exist. Nothing was changed or saved. */
public final class EditRefusedException extends Exception {
    private final List<String> reasons;

    public EditRefusedException(List<String> reasons) {
        super(String.join("\n", reasons));
        this.reasons = List.copyOf(reasons);
    }

    static EditRefusedException of(List<Overlay.Issue> issues) {
        return new EditRefusedException(issues.stream().map(Overlay.Issue::toString).collect(Collectors.toList()));
    }

    public List<String> reasons() {
        return reasons;
    }
}
