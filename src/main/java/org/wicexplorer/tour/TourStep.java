package org.wicexplorer.tour;

import org.wicexplorer.model.Text;

import java.util.Objects;

/**
 * One screen of a tour and the teacher's notes for it. {@code target} is the id of what is shown: an
 * edition, a controversy, a citation, or for a passage the seed document it comes from; a passage also
 * carries its verbatim {@code text}, found in that document the way citation quotes are.
 */
public record TourStep(StepKind kind, String target, String text, Text notes) {

    public TourStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        if (kind == StepKind.PASSAGE) {
            Objects.requireNonNull(text, "a passage needs its text");
        } else {
            text = null;
        }
        notes = notes == null ? Text.of(null, null) : notes;
    }

    public static TourStep edition(String editionId) {
        return new TourStep(StepKind.EDITION, editionId, null, null);
    }

    public static TourStep controversy(String controversyId) {
        return new TourStep(StepKind.CONTROVERSY, controversyId, null, null);
    }

    public static TourStep quote(String citationId) {
        return new TourStep(StepKind.QUOTE, citationId, null, null);
    }

    public static TourStep passage(String documentId, String text) {
        return new TourStep(StepKind.PASSAGE, documentId, text, null);
    }

    public TourStep withNotes(Text newNotes) {
        return new TourStep(kind, target, text, newNotes);
    }

    public boolean hasNotes() {
        return !notes.isEmpty();
    }
}
