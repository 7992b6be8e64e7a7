package org.wicexplorer.ui.search;

import java.util.function.Supplier;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Milestone;
import org.wicexplorer.search.FactTarget;
import org.wicexplorer.search.PassageTarget;
import org.wicexplorer.search.SearchHit;
import org.wicexplorer.ui.Destination;
import org.wicexplorer.ui.Navigator;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;

/**
 * Goes where a hit leads: a passage opens in the reader, highlighted; a person opens the People tab;
 * anything else selects its edition, and a controversy or document also brings up the tab that shows it.
 */
final class HitOpener {
    /** The session's dataset as it is now: a hit found after an edit is looked up in the edited data. */
    private final Supplier<Dataset> dataset;
    private final Navigator navigator;

    HitOpener(Supplier<Dataset> dataset, Navigator navigator) {
        this.dataset = dataset;
        this.navigator = navigator;
    }

    void open(SearchHit hit) {
        if (hit.target() instanceof PassageTarget p) {
            navigator.showPassage(p.seed(), p.passage(), p.highlights());
            return;
        }
        FactTarget f = (FactTarget) hit.target();
        switch (f.kind()) {
            case PERSON -> navigator.showPerson(f.id());
            case CONTROVERSY -> edition(f).ifPresent(id -> navigator.show(
                    new Destination.EditionPane(id, Destination.Pane.CONTROVERSIES)));
            case DOCUMENT -> edition(f).ifPresent(id -> navigator.show(
                    new Destination.EditionPane(id, Destination.Pane.DOCUMENTS)));
            default -> edition(f).ifPresent(navigator::showEdition);
        }
    }

    /** True when opening the hit leaves the reader to show it (the search panel may then stay open). */
    static boolean opensInReader(SearchHit hit) {
        return hit.target() instanceof PassageTarget;
    }

    /** The fact's first edition; a milestone tied to no edition goes to the edition nearest its date. */
    private Optional<String> edition(FactTarget f) {
        if (!f.editions().isEmpty()) {
            return Optional.of(f.editions().get(0));
        }
        return dataset.get().milestones().stream().filter(m -> m.id().equals(f.id())).findFirst()
                .flatMap(this::nearest).map(Edition::id);
    }

    private Optional<Edition> nearest(Milestone m) {
        return dataset.get().editions().stream().min(Comparator.comparingLong(
                e -> Math.abs(ChronoUnit.DAYS.between(e.dates().start(), m.date()))));
    }
}
