package org.wicexplorer.data;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Controversy;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.EditionKind;
import org.wicexplorer.model.SourceConflict;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dataset the app ships: valid, complete for 2014–2026, and cited throughout. */
class BundledDatasetTest {
    private static SeedLibrary seeds;
    private static Dataset dataset;

    @BeforeAll
    static void load() throws Exception {
        seeds = SeedLibrary.bundled();
        LoadResult result = new DatasetLoader(seeds).loadBundled();
        assertTrue(result.ok(), () -> String.join("\n", result.problems().stream().map(Problem::toString).toList()));
        dataset = result.dataset();
    }

    @Test
    void everyEditionFrom2014To2026IsPresentWithItsDates() {
        List<Integer> years = dataset.editions().stream().map(Edition::year).toList();
        assertEquals(IntStream.rangeClosed(2014, 2026).boxed().toList(), years);
        Map<Integer, LocalDate[]> known = Map.of(
                2014, new LocalDate[] {LocalDate.of(2014, 11, 19), LocalDate.of(2014, 11, 21)},
                2015, new LocalDate[] {LocalDate.of(2015, 12, 16), LocalDate.of(2015, 12, 18)},
                2019, new LocalDate[] {LocalDate.of(2019, 10, 20), LocalDate.of(2019, 10, 22)},
                2020, new LocalDate[] {LocalDate.of(2020, 11, 23), LocalDate.of(2020, 11, 24)},
                2024, new LocalDate[] {LocalDate.of(2024, 11, 19), LocalDate.of(2024, 11, 22)});
        for (Edition e : dataset.editions()) {
            assertTrue(e.dates().start() != null, e.id());
            LocalDate[] expected = known.get(e.year());
            if (expected != null) {
                assertEquals(expected[0], e.dates().start(), e.id());
                assertEquals(expected[1], e.dates().end(), e.id());
            }
        }
        // 2026: the WIC press conference of 29 September announced 2–5 November; the opening was on 3 November.
        Edition last = dataset.editions().get(12);
        assertEquals(LocalDate.of(2026, 11, 2), last.dates().start());
        assertEquals(LocalDate.of(2026, 11, 5), last.dates().end());
        assertEquals(LocalDate.of(2026, 11, 3), last.dates().opening());
    }

    @Test
    void whatNoSourceSettlesFor2026StaysUnknownWithItsReason() {
        Edition last = dataset.editions().get(12);
        assertEquals("开源开放 共建共享——携手构建网络空间命运共同体", last.theme().zh());
        assertTrue(last.theme().en().contains("No official English wording found"), last.theme().en());
        assertFalse(last.attendance().isKnown(), "no closing report was found, so attendance is not known");
        assertTrue(last.attendance().unknown().contains("searched again"), last.attendance().unknown());
    }

    @Test
    void editionKindsFollowTheHistory() {
        for (Edition e : dataset.editions()) {
            EditionKind expected = e.year() <= 2019 ? EditionKind.CONFERENCE
                    : e.year() == 2020 ? EditionKind.FORUM : EditionKind.SUMMIT;
            assertEquals(expected, e.kind(), e.id());
            assertEquals(e.year() <= 2019 ? Integer.valueOf(e.year() - 2013) : null, e.ordinal(), e.id());
        }
    }

    @Test
    void everyKnownThemeIsGivenInEnglishAndChinese() {
        for (Edition e : dataset.editions()) {
            if (e.theme().isKnown()) {
                assertTrue(e.theme().en() != null && !e.theme().en().isBlank(), e.id() + " EN theme");
                assertTrue(e.theme().zh() != null && !e.theme().zh().isBlank(), e.id() + " 中文 theme");
            }
            assertTrue(e.name().en() != null && e.name().zh() != null, e.id() + " name in both languages");
        }
        long unknown = dataset.editions().stream().filter(e -> !e.theme().isKnown()).count();
        assertEquals(0, unknown, "every theme, 2026 included, is known at least in Chinese");
    }

    @Test
    void everySeedQuoteIsFoundVerbatim() {
        List<Citation> fromSeeds = dataset.citations().stream().filter(Citation::isSeed).toList();
        assertTrue(fromSeeds.size() >= 20, "the seeds are the first corpus and should be cited often");
        for (Citation c : fromSeeds) {
            QuoteMatcher.Range r = seeds.locate(c.document(), c.quote()).orElseThrow(() -> new AssertionError(c.id()));
            String passage = seeds.text(c.document()).substring(r.start(), r.end());
            assertEquals(QuoteMatcher.normalise(c.quote()), QuoteMatcher.normalise(passage), c.id());
        }
    }

    @Test
    void theDatasetIsRichEnough() {
        assertTrue(dataset.appearances().size() >= 40, "at least 40 appearances");
        List<Controversy> withViews = dataset.controversies().stream().filter(c -> !c.perspectives().isEmpty()).toList();
        assertTrue(withViews.size() >= 8, "at least 8 controversies with perspectives");
        assertTrue(dataset.conflicts().size() >= 8, "at least 8 recorded source conflicts");
    }

    @Test
    void theKnownConflictsAreRecorded() {
        List<SourceConflict> conflicts = dataset.conflicts();
        assertTrue(conflicts.stream().anyMatch(c -> "wic-2019".equals(c.edition()) && c.subject() == org.wicexplorer.model.ConflictSubject.DATES),
                "the 2019 end date");
        assertTrue(conflicts.stream().anyMatch(c -> "wic-2020".equals(c.edition()) && c.subject() == org.wicexplorer.model.ConflictSubject.DATES),
                "the 2020 start date");
        for (SourceConflict c : conflicts) {
            assertTrue(c.claims().size() >= 2, c.id());
            assertTrue(c.reason() != null && !c.reason().isEmpty(), c.id());
        }
    }

    @Test
    void everyCitationIsUsedAndEveryFactIsCited() {
        // The validator already refuses an empty "sources"; here: nothing is cited that does not exist,
        // and no citation is dead weight.
        java.util.Set<String> used = new java.util.HashSet<>();
        dataset.editions().forEach(e -> {
            used.addAll(e.name().sources());
            used.addAll(e.dates().sources());
            used.addAll(e.summary().sources());
            e.highlights().forEach(h -> used.addAll(h.sources()));
            List.of(e.venue(), e.theme(), e.attendance(), e.sessions()).forEach(f -> used.addAll(f.sources()));
        });
        dataset.appearances().forEach(a -> used.addAll(a.sources()));
        dataset.controversies().forEach(c -> {
            used.addAll(c.summary().sources());
            c.perspectives().forEach(p -> used.addAll(p.sources()));
        });
        dataset.documents().forEach(d -> used.addAll(d.summary().sources()));
        dataset.milestones().forEach(m -> used.addAll(m.summary().sources()));
        dataset.eras().forEach(e -> used.addAll(e.sources()));
        dataset.conflicts().forEach(c -> c.claims().forEach(cl -> used.addAll(cl.sources())));
        List<String> unused = dataset.citations().stream().map(Citation::id).filter(id -> !used.contains(id)).toList();
        assertEquals(List.of(), unused, "citations that no fact uses");
    }
}
