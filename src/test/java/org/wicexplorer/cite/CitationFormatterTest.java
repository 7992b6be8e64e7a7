package org.wicexplorer.cite;

import org.junit.jupiter.api.Test;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Confidence;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Citations written out for a paper by citeproc-java from the bundled CSL styles (ADR 0012). */
class CitationFormatterTest {
    private static final CitationFormatter FORMAT = new CitationFormatter(LocalDate.of(2026, 11, 22));

    private static final Citation WEB = new Citation("c-2014-ma-kai", null, "http://www.ecns.cn/2014/11-20/ma-kai.shtml",
            "ECNS", "China hosts first World Internet Conference", "2014-11-20",
            "Chinese Vice-Premier Ma Kai, who attended the opening ceremony", Confidence.HIGH, null);
    private static final Citation WEB_UNTITLED_UNDATED = new Citation("c-x", null, "https://example.org/wic",
            "Xinhua", null, "unknown", "a quote", Confidence.MEDIUM, null);
    private static final Citation PLACEHOLDER = new Citation("c-2026-li-qiang", null, "urn:people-daily:2026-11-04:p1",
            "People's Daily", "人民日报 2026年11月04日", "2026-11-04", "国务院总理李强在浙江乌镇出席", Confidence.MEDIUM, null);

    @Test
    void chicagoIsTheNotesAndBibliographyEntry() {
        assertEquals("ECNS. “China Hosts First World Internet Conference.” November 20, 2014. "
                + "http://www.ecns.cn/2014/11-20/ma-kai.shtml.", FORMAT.reference(CitableSource.of(WEB, null), CitationStyle.CHICAGO));
        // An undated web page gives its access date, the dataset's compilation date.
        assertEquals("Xinhua. Accessed November 22, 2026. https://example.org/wic.",
                FORMAT.reference(CitableSource.of(WEB_UNTITLED_UNDATED, null), CitationStyle.CHICAGO));
    }

    @Test
    void apaAndMlaWriteTheirOwnDates() {
        String apa = FORMAT.reference(CitableSource.of(WEB, null), CitationStyle.APA);
        assertTrue(apa.contains("(2014, November 20)"), apa);
        assertTrue(apa.contains("China hosts first World Internet Conference"), apa);
        String mla = FORMAT.reference(CitableSource.of(WEB, null), CitationStyle.MLA);
        assertTrue(mla.contains("20 Nov. 2014"), mla);
        assertTrue(FORMAT.reference(CitableSource.of(WEB_UNTITLED_UNDATED, null), CitationStyle.APA)
                .contains("(n.d.). Retrieved November 22, 2026, from https://example.org/wic"));
    }

    @Test
    void gbt7714MarksTheTypeAndTheAccessDateAndLeavesTheNumberingToTheCaller() {
        String numeric = FORMAT.reference(CitableSource.of(WEB, null), CitationStyle.GBT_7714_NUMERIC);
        assertTrue(numeric.startsWith("China hosts first World Internet Conference[EB/OL]."), numeric);
        assertTrue(numeric.contains("[2026-11-22]"), numeric);
        assertFalse(numeric.startsWith("[1]"), numeric);
        // A placeholder identifier is not a web address: a document [Z], with no access date.
        String placeholder = FORMAT.reference(CitableSource.of(PLACEHOLDER, null), CitationStyle.GBT_7714_NUMERIC);
        assertTrue(placeholder.startsWith("人民日报 2026年11月04日[Z]."), placeholder);
        assertFalse(placeholder.contains("urn:"), placeholder);
        String authorDate = FORMAT.reference(CitableSource.of(WEB, null), CitationStyle.GBT_7714_AUTHOR_DATE);
        assertTrue(authorDate.startsWith("佚名, 2014. China hosts first World Internet Conference[EB/OL]."), authorDate);
    }

    @Test
    void everyStyleWritesPlainTextWithTheQuoteFirst() throws Exception {
        SeedLibrary seeds = SeedLibrary.bundled();
        Citation zh = new Citation("c-2014-dates-zhwiki", "zh-wikipedia-wic", null, null, null, null,
                "首届世界互联网大会举办于2014年11月19日至21日", Confidence.HIGH, null);
        CitableSource s = CitableSource.of(zh, seeds);
        assertEquals("zh-CN", s.language());
        for (CitationStyle style : CitationStyle.values()) {
            String text = FORMAT.format(s, zh.quote(), style);
            assertTrue(text.startsWith("“首届世界互联网大会举办于2014年11月19日至21日”\n"), style + ": " + text);
            assertTrue(text.contains("世界互联网大会（中文维基百科）"), style + ": " + text);
            assertTrue(text.contains("https://zh.wikipedia.org/wiki/世界互联网大会"), style + ": " + text);
            assertFalse(text.contains("<") || text.contains("&ldquo;") || text.contains("&amp;"), style + ": " + text);
            assertEquals(1, text.lines().count() - 1, style + ": the reference is one line: " + text);
        }
    }

    @Test
    void aDatedSeedWithoutAnAddressNamesItsPublisher() throws Exception {
        CitableSource s = CitableSource.of(SeedLibrary.bundled().document("wuzhen-report-2016").orElseThrow());
        assertEquals("“Wuzhen Report on World Internet Development 2016 Released.” "
                + "World Internet Conference (wuzhenwic.org), November 18, 2016.", FORMAT.reference(s, CitationStyle.CHICAGO));
    }

    @Test
    void theAccessDateIsTheDatasetsCompilationDate() {
        assertEquals(LocalDate.of(2026, 11, 22), CitationFormatter.compiledOn("2026-11-22").accessed());
        assertEquals(LocalDate.now(), CitationFormatter.compiledOn("not a date").accessed());
    }

    @Test
    void stylesAreRememberedByTheirIds() {
        for (CitationStyle style : CitationStyle.values()) {
            assertEquals(style, CitationStyle.ofId(style.id()).orElseThrow());
        }
        assertEquals(CitationStyle.GBT_7714_NUMERIC, CitationStyle.defaultFor("zh"));
        assertEquals(CitationStyle.CHICAGO, CitationStyle.defaultFor("en"));
    }
}
