package org.wicexplorer.cite;

import org.junit.jupiter.api.Test;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Confidence;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Citations written out for a paper: plain, Chicago notes-bibliography and GB/T 7714-2015. */
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
    void aWebCitationInEveryStyle() {
        String quote = "“Chinese Vice-Premier Ma Kai, who attended the opening ceremony”\n";
        assertEquals(quote + "China hosts first World Internet Conference. ECNS, 2014-11-20. "
                        + "http://www.ecns.cn/2014/11-20/ma-kai.shtml (accessed 2026-11-22).",
                FORMAT.format(CitableSource.of(WEB, null), WEB.quote(), CitationStyle.PLAIN));
        assertEquals(quote + "“China hosts first World Internet Conference,” ECNS, November 20, 2014, "
                        + "http://www.ecns.cn/2014/11-20/ma-kai.shtml.",
                FORMAT.format(CitableSource.of(WEB, null), WEB.quote(), CitationStyle.CHICAGO));
        assertEquals(quote + "ECNS. China hosts first World Internet Conference[EB/OL]. (2014-11-20)[2026-11-22]. "
                        + "http://www.ecns.cn/2014/11-20/ma-kai.shtml.",
                FORMAT.format(CitableSource.of(WEB, null), WEB.quote(), CitationStyle.GBT_7714));
    }

    @Test
    void anUntitledUndatedWebPageGivesItsAccessDate() {
        CitableSource s = CitableSource.of(WEB_UNTITLED_UNDATED, null);
        assertEquals("Xinhua, undated. https://example.org/wic (accessed 2026-11-22).",
                FORMAT.format(s, null, CitationStyle.PLAIN));
        assertEquals("Xinhua, accessed November 22, 2026, https://example.org/wic.",
                FORMAT.format(s, null, CitationStyle.CHICAGO));
        assertEquals("Xinhua[EB/OL]. [2026-11-22]. https://example.org/wic.",
                FORMAT.format(s, null, CitationStyle.GBT_7714));
    }

    @Test
    void aPlaceholderIdentifierIsNotPassedOffAsAWebAddress() {
        CitableSource s = CitableSource.of(PLACEHOLDER, null);
        assertEquals("“人民日报 2026年11月04日,” People's Daily, November 4, 2026, urn:people-daily:2026-11-04:p1.",
                FORMAT.format(s, null, CitationStyle.CHICAGO));
        assertEquals("People's Daily. 人民日报 2026年11月04日[Z]. (2026-11-04). urn:people-daily:2026-11-04:p1.",
                FORMAT.format(s, null, CitationStyle.GBT_7714));
    }

    @Test
    void aSeedCitationUsesTheSourcesIndex() throws Exception {
        SeedLibrary seeds = SeedLibrary.bundled();
        Citation zh = new Citation("c-2014-dates-zhwiki", "zh-wikipedia-wic", null, null, null, null,
                "首届世界互联网大会举办于2014年11月19日至21日", Confidence.HIGH, null);
        CitableSource s = CitableSource.of(zh, seeds);
        String quote = "“首届世界互联网大会举办于2014年11月19日至21日”\n";
        assertEquals(quote + "世界互联网大会（中文维基百科）. Wikipedia contributors, undated. "
                        + "https://zh.wikipedia.org/wiki/世界互联网大会 (accessed 2026-11-22).",
                FORMAT.format(s, zh.quote(), CitationStyle.PLAIN));
        assertEquals(quote + "“世界互联网大会（中文维基百科）,” Wikipedia contributors, accessed November 22, 2026, "
                        + "https://zh.wikipedia.org/wiki/世界互联网大会.",
                FORMAT.format(s, zh.quote(), CitationStyle.CHICAGO));
        assertEquals(quote + "Wikipedia contributors. 世界互联网大会（中文维基百科）[EB/OL]. [2026-11-22]. "
                        + "https://zh.wikipedia.org/wiki/世界互联网大会.",
                FORMAT.format(s, zh.quote(), CitationStyle.GBT_7714));
    }

    @Test
    void aDatedSeedWithoutAnAddressSaysWhereItCameFrom() throws Exception {
        SeedLibrary seeds = SeedLibrary.bundled();
        CitableSource s = CitableSource.of(seeds.document("wuzhen-report-2016").orElseThrow());
        assertEquals("“Wuzhen Report on World Internet Development 2016 released,” "
                        + "World Internet Conference (wuzhenwic.org), November 18, 2016, wuzhenwic.org, Summit Updates.",
                FORMAT.format(s, null, CitationStyle.CHICAGO));
        assertEquals("Wuzhen Report on World Internet Development 2016 released. "
                        + "World Internet Conference (wuzhenwic.org), 2016-11-18. wuzhenwic.org, Summit Updates.",
                FORMAT.format(s, null, CitationStyle.PLAIN));
    }

    @Test
    void chicagoDatesAreWrittenOut() {
        assertEquals("November 20, 2014", CitationFormatter.chicagoDate("2014-11-20"));
        assertEquals("November 2020", CitationFormatter.chicagoDate("2020-11"));
        assertEquals("2023", CitationFormatter.chicagoDate("2023"));
    }

    @Test
    void theAccessDateIsTheDatasetsCompilationDate() {
        assertEquals("Xinhua, undated. https://example.org/wic (accessed 2026-11-22).",
                CitationFormatter.compiledOn("2026-11-22").format(CitableSource.of(WEB_UNTITLED_UNDATED, null), "",
                        CitationStyle.PLAIN));
    }
}
