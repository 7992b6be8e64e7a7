package org.wicexplorer.tour;

import org.wicexplorer.model.Appearance;
import org.wicexplorer.model.Controversy;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Fact;
import org.wicexplorer.model.Perspective;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which edition a step belongs to, so the timeline strip can show where the class is and leaving a
 * presentation returns to the right edition. A quote belongs to the first edition whose facts cite it;
 * a passage to the first edition its document speaks about.
 */
public final class StepEditions {
    private final Dataset dataset;

    public StepEditions(Dataset dataset) {
        this.dataset = dataset;
    }

    public Optional<String> editionOf(TourStep step, List<String> documentEditions) {
        return switch (step.kind()) {
            case EDITION -> dataset.edition(step.target()).map(Edition::id);
            case CONTROVERSY -> dataset.controversies().stream().filter(c -> c.id().equals(step.target()))
                    .findFirst().map(Controversy::edition);
            case QUOTE -> citingEdition(step.target());
            case PASSAGE -> documentEditions.stream().filter(id -> dataset.edition(id).isPresent()).findFirst();
        };
    }

    private Optional<String> citingEdition(String citationId) {
        for (Edition e : dataset.editions()) {
            if (editionFacts(e).stream().anyMatch(f -> f.sources().contains(citationId))
                    || e.dates().sources().contains(citationId)) {
                return Optional.of(e.id());
            }
        }
        for (Controversy c : dataset.controversies()) {
            if (c.summary().sources().contains(citationId)
                    || c.perspectives().stream().map(Perspective::sources).anyMatch(s -> s.contains(citationId))) {
                return Optional.of(c.edition());
            }
        }
        return dataset.appearances().stream().filter(a -> a.sources().contains(citationId)).findFirst()
                .map(Appearance::edition);
    }

    private static List<Fact> editionFacts(Edition e) {
        List<Fact> facts = new ArrayList<>(List.of(e.name(), e.venue(), e.theme(), e.attendance(), e.sessions(),
                e.summary()));
        facts.addAll(e.highlights());
        return facts;
    }
}
