package org.wicexplorer.cite;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.QuoteMatcher;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.text.TextRange;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reverse index over the bundled dataset: from a seed passage to the facts that cite it. */
class CitedPassagesTest {
    private static Dataset dataset;
    private static SeedTexts texts;
    private static CitedPassages passages;

    @BeforeAll
    static void build() throws Exception {
        SeedLibrary seeds = SeedLibrary.bundled();
        dataset = new DatasetLoader(seeds).loadBundled().dataset();
        texts = new SeedTexts(seeds);
        passages = CitedPassages.build(dataset, texts);
    }

    @Test
    void everyCitationIsUsedByAtLeastOneFact() {
        Map<String, List<FactUse>> uses = FactSources.byCitation(dataset);
        Set<String> ids = dataset.citations().stream().map(Citation::id).collect(Collectors.toSet());
        assertEquals(ids, uses.keySet());
    }

    @Test
    void everySeedCitationHasItsPassageInTheCleanText() {
        for (Citation c : dataset.citations()) {
            if (!c.isSeed()) {
                continue;
            }
            CitedPassage p = passages.of(c.id()).orElseThrow(() -> new AssertionError("no passage for " + c.id()));
            assertEquals(c.document(), p.seed());
            assertTrue(p.citations().contains(c));
            assertEquals(p.text(), p.range().of(texts.of(c.document()).clean()));
            assertFalse(p.text().contains("wikilink") || p.text().contains("-{"), p.text());
        }
    }

    @Test
    void aQuoteWithoutMarkupIsItsPassageVerbatim() {
        Citation c = dataset.citation("c-2014-dates-zhwiki").orElseThrow();
        assertEquals(QuoteMatcher.normalise(c.quote()), QuoteMatcher.normalise(passages.of(c.id()).orElseThrow().text()));
    }

    @Test
    void aQuoteSpanningALinkIsShownWithoutTheMarkup() {
        CitedPassage p = passages.of("c-2015-liu-chair-zhwiki").orElseThrow();
        assertEquals("刘云山主持", p.text());
    }

    @Test
    void aPassageListsTheFactsRestingOnItWithTheirEditions() {
        CitedPassage p = passages.of("c-2014-dates-zhwiki").orElseThrow();
        assertTrue(p.uses().stream().anyMatch(u -> u.field() == FactField.DATES && "wic-2014".equals(u.edition())),
                p.uses()::toString);
    }

    @Test
    void passagesOfASeedAreInReadingOrderAndCitationsOfOneRangeShareOnePassage() {
        List<CitedPassage> zh = passages.in("zh-wikipedia-wic");
        assertFalse(zh.isEmpty());
        for (int i = 1; i < zh.size(); i++) {
            assertTrue(zh.get(i - 1).range().start() <= zh.get(i).range().start());
        }
        Set<TextRange> ranges = zh.stream().map(CitedPassage::range).collect(Collectors.toSet());
        assertEquals(zh.size(), ranges.size());
        long seedCitations = dataset.citations().stream().filter(c -> "zh-wikipedia-wic".equals(c.document())).count();
        assertEquals(seedCitations, zh.stream().mapToLong(p -> p.citations().size()).sum());
    }

    @Test
    void aWebCitationHasUsesButNoPassage() {
        Citation web = dataset.citations().stream().filter(c -> !c.isSeed()).findFirst().orElseThrow();
        assertTrue(passages.of(web.id()).isEmpty());
        assertFalse(passages.usesOf(web.id()).isEmpty());
    }
}
