package org.wicexplorer.tour;

import org.wicexplorer.model.Text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An ordered walk through the dataset for a class: a title and the steps in the order they are shown.
 * Immutable; every edit returns a new tour, so the editor, the presentation and a save never see a
 * half-edited one.
 */
public record Tour(Text title, List<TourStep> steps) {

    public Tour {
        title = title == null ? Text.of(null, null) : title;
        steps = List.copyOf(steps);
    }

    public static Tour empty(Text title) {
        return new Tour(title, List.of());
    }

    public int size() {
        return steps.size();
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    public TourStep step(int index) {
        return steps.get(index);
    }

    public Tour withTitle(Text newTitle) {
        return new Tour(newTitle, steps);
    }

    public Tour adding(TourStep step) {
        List<TourStep> out = new ArrayList<>(steps);
        out.add(step);
        return new Tour(title, out);
    }

    public Tour removing(int index) {
        List<TourStep> out = new ArrayList<>(steps);
        out.remove(index);
        return new Tour(title, out);
    }

    /** Swaps the step with its neighbour; at either end the tour stays as it is. */
    public Tour moving(int index, int by) {
        int to = index + by;
        if (index < 0 || index >= steps.size() || to < 0 || to >= steps.size()) {
            return this;
        }
        List<TourStep> out = new ArrayList<>(steps);
        Collections.swap(out, index, to);
        return new Tour(title, out);
    }

    public Tour replacing(int index, TourStep step) {
        List<TourStep> out = new ArrayList<>(steps);
        out.set(index, step);
        return new Tour(title, out);
    }

    /** The first step showing this edition, or -1. */
    public int indexOfEdition(String editionId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).kind() == StepKind.EDITION && steps.get(i).target().equals(editionId)) {
                return i;
            }
        }
        return -1;
    }
}
