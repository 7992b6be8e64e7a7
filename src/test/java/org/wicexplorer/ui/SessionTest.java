package org.wicexplorer.ui;

import org.junit.jupiter.api.Test;
import org.wicexplorer.app.StartupData;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The session without a window: a new library keeps the selection as edited, or moves it to a neighbour. */
class SessionTest {
    private final StartupData data = load();

    private static StartupData load() {
        try {
            return StartupData.load(null);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anEditedEditionStaysSelectedAsItNowIs() {
        Session session = new Session(data.dataset(), data.seeds());
        session.select("wic-2016");
        Dataset edited = retitled(data.dataset(), "wic-2016", "A theme corrected");
        List<Edition> heard = new ArrayList<>();
        session.selectedEditionProperty().addListener((obs, old, e) -> heard.add(e));

        session.setLibrary(session.library().withDataset(edited));

        assertEquals("A theme corrected", session.selectedEdition().theme().en(), "the edition as it now is");
        assertEquals(List.of(session.selectedEdition()), heard, "views hear the edited edition once");
        assertSame(data.seeds(), session.seeds(), "the seeds are the same");
    }

    @Test
    void aDeletedEditionHandsTheSelectionToTheOneAfterIt() {
        Session session = new Session(data.dataset(), data.seeds());
        List<String> ids = data.dataset().editions().stream().map(Edition::id).toList();
        String gone = ids.get(2);
        session.select(gone);
        Library before = session.library();

        session.setLibrary(before.withDataset(without(data.dataset(), gone)));

        assertNotSame(before, session.library());
        assertEquals(ids.get(3), session.selectedEdition().id());
    }

    @Test
    void theLastEditionDeletedHandsTheSelectionToTheOneBeforeIt() {
        Session session = new Session(data.dataset(), data.seeds());
        List<String> ids = data.dataset().editions().stream().map(Edition::id).toList();
        String last = ids.get(ids.size() - 1);
        session.select(last);

        session.setLibrary(session.library().withDataset(without(data.dataset(), last)));

        assertEquals(ids.get(ids.size() - 2), session.selectedEdition().id());
    }

    @Test
    void theReadersDocumentStaysWhileTheSeedsHoldIt() {
        Session session = new Session(data.dataset(), data.seeds());
        String document = data.seeds().documents().get(0).id();
        session.readingProperty().set(new Session.Reading(document, null));

        session.setLibrary(session.library().withDataset(without(data.dataset(), "none")));

        assertEquals(document, session.readingProperty().get().documentId());
    }

    private static Dataset retitled(Dataset d, String editionId, String theme) {
        List<Edition> editions = d.editions().stream().map(e -> !e.id().equals(editionId) ? e
                : new Edition(e.id(), e.year(), e.ordinal(), e.kind(), e.label(), e.name(), e.dates(), e.venue(),
                        new org.wicexplorer.model.Fact(theme, e.theme().zh(), e.theme().sources(), null),
                        e.attendance(), e.sessions(), e.summary(), e.highlights(), e.topics())).toList();
        return new Dataset(d.info(), d.topics(), editions, d.people(), d.appearances(), d.controversies(),
                d.documents(), d.milestones(), d.eras(), d.conflicts(), d.aliases(), d.citations());
    }

    /** The dataset without one edition and what stands at it (its documents, controversies, appearances...). */
    private static Dataset without(Dataset d, String editionId) {
        return new Dataset(d.info(), d.topics(),
                d.editions().stream().filter(e -> !e.id().equals(editionId)).toList(), d.people(),
                d.appearances().stream().filter(a -> !a.edition().equals(editionId)).toList(),
                d.controversies().stream().filter(c -> !c.edition().equals(editionId)).toList(),
                d.documents().stream().filter(x -> !x.edition().equals(editionId)).toList(),
                d.milestones().stream().filter(m -> !editionId.equals(m.edition())).toList(), d.eras(),
                d.conflicts(), d.aliases(), d.citations());
    }
}
