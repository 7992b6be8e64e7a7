package org.wicexplorer.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wicexplorer.data.QuoteMatcher;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.text.ReadableText;
import org.wicexplorer.text.TextRange;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Searching the bundled seeds and a small dataset, in English and Chinese, with highlights checked against the text. */
class SearchIndexTest {
    private static SeedLibrary seeds;
    private static Dataset dataset;
    private static SearchIndex index;

    @BeforeAll
    static void build() throws Exception {
        seeds = SearchFixture.seeds();
        dataset = SearchFixture.dataset(seeds);
        index = SearchIndex.build(dataset, seeds, IndexProgress.NONE);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static String clean(String seed) {
        return ReadableText.of(seeds.text(seed)).clean();
    }

    private static List<SearchHit> passages(SearchResults results, String seed) {
        return results.hits().stream()
                .filter(h -> h.target() instanceof PassageTarget p && p.seed().equals(seed)).toList();
    }

    /** The highlighted words of a passage hit, read from the document's clean text. */
    private static List<String> highlighted(SearchHit hit) {
        PassageTarget p = (PassageTarget) hit.target();
        String clean = clean(p.seed());
        return p.highlights().stream().map(r -> r.of(clean)).toList();
    }

    /** Asserts the hit is a passage of the seed whose highlights all read as one of the expected words. */
    private static void assertHighlights(SearchHit hit, String... words) {
        List<String> found = highlighted(hit);
        assertFalse(found.isEmpty(), "no highlight in " + hit);
        Set<String> expected = java.util.Arrays.stream(words).map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (String word : found) {
            assertTrue(expected.contains(word.toLowerCase(Locale.ROOT)), "highlighted \"" + word + "\", expected one of " + expected);
        }
    }

    @Test
    void aFactsSnippetIsTheOneStatementThatMatched() {
        for (String query : List.of("Wuzhen", "乌镇", "sovereignty")) {
            List<SearchHit> facts = index.search(query, 50).hits().stream()
                    .filter(h -> h.target() instanceof FactTarget).toList();
            assertFalse(facts.isEmpty(), query);
            for (SearchHit hit : facts) {
                Snippet s = hit.snippet();
                assertFalse(s.text().contains("\n"), "one statement, not a run of fields: " + s.text());
                assertFalse(s.highlights().isEmpty(), "the match shows: " + s.text());
                String first = s.highlights().get(0).of(s.text());
                assertFalse(first.isBlank(), s.text());
            }
        }
    }

    @Test
    void iWifiIsFoundInTheChinesePassageThatNamesIt() {
        SearchResults results = index.search("iWifi", 10);
        List<SearchHit> hits = passages(results, "zh-wikipedia-wic");
        assertEquals(1, hits.size());
        assertHighlights(hits.get(0), "iWifi");
        assertEquals("通信及媒體管制", ((PassageTarget) hits.get(0).target()).section());
    }

    @Test
    void aChineseWordIsFoundInsideARunOfTraditionalCharacters() {
        List<SearchHit> hits = passages(index.search("局域网", 10), "zh-wikipedia-wic");
        assertEquals(1, hits.size());
        assertHighlights(hits.get(0), "局域网");
        assertTrue(highlighted(hits.get(0)).contains("局域网"));
    }

    @Test
    void jimmyWalesInEnglishFindsTheChinesePassageAndThePerson() {
        SearchResults results = index.search("Jimmy Wales", 10);
        assertTrue(results.alsoSearched().contains("吉米·威尔士"));
        List<SearchHit> hits = passages(results, "zh-wikipedia-wic");
        assertEquals(1, hits.size());
        assertHighlights(hits.get(0), "吉米·威尔士");
        assertTrue(results.hits().stream().anyMatch(h -> h.kind() == HitKind.PERSON && h.id().equals("jimmy-wales")));
    }

    @Test
    void jimmyWalesInChineseFindsTheSamePassage() {
        SearchResults results = index.search("吉米·威尔士", 10);
        List<SearchHit> hits = passages(results, "zh-wikipedia-wic");
        assertEquals(1, hits.size());
        assertHighlights(hits.get(0), "吉米·威尔士");
        assertTrue(results.hits().stream().anyMatch(h -> h.kind() == HitKind.PERSON && h.id().equals("jimmy-wales")));
    }

    @Test
    void ipv6IsFoundInTheReport() {
        List<SearchHit> hits = passages(index.search("IPv6", 10), "wuzhen-report-2016");
        assertEquals(1, hits.size());
        assertHighlights(hits.get(0), "IPv6");
    }

    @Test
    void cyberSovereigntyFindsBothLanguages() {
        SearchResults results = index.search("cyber sovereignty", 50);
        assertFalse(passages(results, "xi-2015-opening-speech").isEmpty());
        assertFalse(passages(results, "en-wikipedia-wic").isEmpty());
        List<SearchHit> chinese = passages(results, "zh-wikipedia-wic");
        assertFalse(chinese.isEmpty(), "the alias 网络主权 finds the Chinese article");
        for (SearchHit hit : chinese) {
            assertHighlights(hit, "网络主权", "網路主權");
        }
        for (SearchHit hit : passages(results, "xi-2015-opening-speech")) {
            assertHighlights(hit, "cyber", "sovereignty", "cyber sovereignty", "Internet sovereignty");
        }
        // Facts tagged with the topic are found by its name.
        assertEquals(Set.of("wic-2014", "declaration-2014"), results.hits().stream()
                .filter(h -> h.kind() == HitKind.EDITION || h.kind() == HitKind.CONTROVERSY)
                .map(SearchHit::id).collect(Collectors.toSet()));
    }

    @Test
    void medvedevIsFoundInBothEnglishSeedsAndAsAPerson() {
        SearchResults results = index.search("Medvedev", 20);
        // The person's full name is an alias of "Medvedev", so the English article highlights all of it.
        assertHighlights(passages(results, "en-wikipedia-wic").get(0), "Dmitry Medvedev");
        assertHighlights(passages(results, "wuzhen-report-2016").get(0), "Medvedev");
        assertEquals("dmitry-medvedev", results.byKind().get(HitKind.PERSON).get(0).id());
    }

    @Test
    void traditionalAndSimplifiedFormsFindEachOther() {
        SearchHit simplifiedText = passages(index.search("網絡主權", 10), "zh-wikipedia-wic").get(0);
        assertTrue(highlighted(simplifiedText).contains("网络主权"), "a traditional query highlights simplified text");

        List<SearchHit> traditionalText = passages(index.search("网络空间命运共同体", 20), "zh-wikipedia-wic");
        assertTrue(traditionalText.stream().flatMap(h -> highlighted(h).stream()).anyMatch("網絡空間命運共同體"::equals),
                "a simplified query highlights traditional text");

        List<String> wuzhen = passages(index.search("烏鎮", 20), "zh-wikipedia-wic").stream()
                .flatMap(h -> highlighted(h).stream()).distinct().toList();
        assertTrue(wuzhen.contains("乌镇") && wuzhen.contains("烏鎮"), wuzhen.toString());
    }

    @Test
    void aLoneChineseCharacterIsFoundAsAWordAndHighlightedThere() {
        // Bigrams cannot match one character; SmartCN's words can: 乌镇镇 is 乌镇 + 镇.
        SearchHit hit = passages(index.search("鎮", 10), "zh-wikipedia-wic").get(0);
        assertEquals(List.of("镇"), highlighted(hit));
        PassageTarget p = (PassageTarget) hit.target();
        assertEquals("乌镇镇", clean("zh-wikipedia-wic").substring(p.highlights().get(0).end() - 3, p.highlights().get(0).end()));
    }

    @Test
    void aliasesWorkAcrossLanguages() {
        // The 安全保障 section names 乌镇 but never "Wuzhen".
        SearchResults wuzhen = index.search("Wuzhen", 50);
        assertTrue(passages(wuzhen, "zh-wikipedia-wic").stream()
                .anyMatch(h -> "安全保障".equals(((PassageTarget) h.target()).section())));
        // The English speech names "Xi Jinping" but never 习近平.
        assertFalse(passages(index.search("习近平", 50), "en-wikipedia-wic").isEmpty());
    }

    @Test
    void aCitedPassagesHighlightLandsOnTheQuotedText() {
        Citation cited = dataset.citation("c-zh-2014").orElseThrow();
        ReadableText text = ReadableText.of(seeds.text(cited.document()));
        QuoteMatcher.Range raw = seeds.locate(cited.document(), cited.quote()).orElseThrow();
        TextRange quote = text.toClean(new TextRange(raw.start(), raw.end()));
        assertEquals(cited.quote(), quote.of(text.clean()));

        SearchHit hit = passages(index.search("首届世界互联网大会", 10), cited.document()).get(0);
        PassageTarget target = (PassageTarget) hit.target();
        assertTrue(target.passage().contains(quote), "the hit opens at the cited passage");
        assertTrue(target.highlights().stream().anyMatch(quote::contains), "a highlight lies inside the quote");
        assertTrue(target.highlights().stream().map(r -> r.of(text.clean())).allMatch("首届世界互联网大会"::equals));
    }

    @Test
    void snippetHighlightsAreRangesOfTheSnippetText() {
        for (String query : List.of("Wuzhen", "cyber sovereignty", "乌镇", "Xi Jinping")) {
            for (SearchHit hit : index.search(query, 30).hits()) {
                Snippet s = hit.snippet();
                assertFalse(s.highlights().isEmpty(), query + ": " + hit);
                for (TextRange r : s.highlights()) {
                    assertTrue(r.end() <= s.text().length());
                    assertFalse(r.of(s.text()).isBlank());
                }
                if (hit.target() instanceof PassageTarget p) {
                    String clean = clean(p.seed());
                    assertEquals(s.text(), clean.substring(p.passage().start() + s.offset(),
                            p.passage().start() + s.offset() + s.text().length()));
                }
            }
        }
    }

    @Test
    void factsAreFoundAndGroupedByKind() {
        SearchResults results = index.search("Wuzhen", 50);
        Map<HitKind, List<SearchHit>> groups = results.byKind();
        assertEquals(List.of(HitKind.EDITION, HitKind.CONTROVERSY, HitKind.DOCUMENT, HitKind.PASSAGE),
                List.copyOf(groups.keySet()));
        assertEquals(Set.of("wic-2014", "wic-2015"),
                groups.get(HitKind.EDITION).stream().map(SearchHit::id).collect(Collectors.toSet()));
        FactTarget edition = (FactTarget) groups.get(HitKind.EDITION).get(0).target();
        assertEquals(List.of(edition.id()), edition.editions());

        SearchHit controversy = index.search("Bloomberg", 5).hits().get(0);
        assertEquals(HitKind.CONTROVERSY, controversy.kind());
        assertEquals(new FactTarget(HitKind.CONTROVERSY, "declaration-2014", List.of("wic-2014")), controversy.target());
        assertEquals("The draft Wuzhen Declaration", controversy.title().en());

        assertEquals("dates-2014", index.search("official reports", 5).hits().get(0).id());
        assertEquals("hac-2015", index.search("advisory council", 5, EnumSet.of(HitKind.MILESTONE)).hits().get(0).id());
    }

    @Test
    void aKindFilterKeepsOnlyThoseKinds() {
        SearchResults results = index.search("Wuzhen", 50, EnumSet.of(HitKind.PERSON, HitKind.EDITION));
        assertFalse(results.hits().isEmpty());
        assertTrue(results.hits().stream().allMatch(h -> h.kind() == HitKind.EDITION));
    }

    @Test
    void phrasesInQuotesMatchOnlyAsPhrases() {
        long loose = index.search("sovereignty cyber", 50).totalHits();
        long phrase = index.search("\"sovereignty cyber\"", 50).totalHits();
        assertTrue(loose > 0);
        assertEquals(0, phrase);
        assertFalse(index.search("\"cyber sovereignty\"", 50).hits().isEmpty());
    }

    @Test
    void englishWordsAreStemmed() {
        SearchHit hit = passages(index.search("principle", 50), "xi-2015-opening-speech").get(0);
        assertTrue(highlighted(hit).stream().anyMatch(w -> w.startsWith("principle")));
        assertFalse(passages(index.search("conferences", 50), "wic-about-2020").isEmpty(), "conferences finds conference");
    }

    @Test
    void blankAndBrokenQueriesDoNotThrow() {
        assertTrue(index.search("   ", 10).hits().isEmpty());
        assertTrue(index.search("the", 10).hits().isEmpty(), "stop words alone find nothing");
        assertFalse(index.search("Wuzhen (", 10).hits().isEmpty(), "unbalanced syntax is searched as words");
        assertFalse(index.search("iWifi AND", 10).hits().isEmpty());
    }

    @Test
    void concurrentSearchesAgree() throws Exception {
        List<String> queries = List.of("Wuzhen", "网络主权", "Medvedev", "IPv6", "局域网", "Jimmy Wales");
        Map<String, List<String>> expected = queries.stream().collect(Collectors.toMap(q -> q,
                q -> index.search(q, 20).hits().stream().map(h -> h.kind() + h.id() + h.snippet().offset()).toList()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 48; i++) {
                String q = queries.get(i % queries.size());
                results.add(pool.submit(() -> expected.get(q).equals(index.search(q, 20).hits().stream()
                        .map(h -> h.kind() + h.id() + h.snippet().offset()).toList())));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theTrendCountsMatchingFactsPerEditionAndPassagesPerDocument() {
        TermTrend trend = index.trend("Medvedev");
        Map<String, Integer> editions = trend.editions().stream()
                .collect(Collectors.toMap(TermTrend.EditionCount::edition, TermTrend.EditionCount::hits));
        // wic-2015: the edition (its highlight) and the person who appeared at it.
        assertEquals(Map.of("wic-2014", 0, "wic-2015", 2), editions);
        SearchResults passages = index.search("Medvedev", 100, EnumSet.of(HitKind.PASSAGE));
        Map<String, Long> perSeed = passages.hits().stream().collect(Collectors.groupingBy(SearchHit::id, Collectors.counting()));
        for (TermTrend.DocumentCount d : trend.documents()) {
            assertEquals(perSeed.getOrDefault(d.seed(), 0L).intValue(), d.hits(), d.seed());
        }
        assertEquals(List.of(2015, 2016, 2020, 2023), trend.documents().stream()
                .map(TermTrend.DocumentCount::year).filter(java.util.Objects::nonNull).toList());
        assertEquals(seeds.documents().size(), trend.documents().size());
    }

    @Test
    void theIndexHoldsEveryPassageAndFact() {
        int passages = 0;
        for (var doc : seeds.documents()) {
            int[] n = {0};
            Passages.forEach(ReadableText.of(seeds.text(doc.id())), p -> n[0]++);
            passages += n[0];
        }
        // 2 editions, 3 people, 1 controversy, 1 conflict, 1 document, 1 milestone.
        assertEquals(passages + 9, index.size());
        assertNotNull(index.folder());
    }
}
