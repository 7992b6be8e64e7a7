package org.wicexplorer.search;

import org.junit.jupiter.api.Test;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.EditionDates;
import org.wicexplorer.model.EditionKind;
import org.wicexplorer.model.Language;
import org.wicexplorer.model.SourceDocument;
import org.wicexplorer.model.SourceKind;
import org.wicexplorer.model.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TermTrendTest {

    private static Edition edition(String id, int year) {
        return new Edition(id, year, null, EditionKind.SUMMIT, Text.of(id, null), null,
                new EditionDates(LocalDate.of(year, 11, 1), null, null, "test", List.of()),
                null, null, null, null, null, List.of(), List.of());
    }

    private static SourceDocument seed(String id, String date) {
        return new SourceDocument(id, id + ".txt", Text.of(id, null), Language.EN, SourceKind.REPORT, date,
                null, null, null, null, List.of());
    }

    @Test
    void everyEditionAndDocumentIsListedWithZeroWhereNothingMatched() {
        TermTrend trend = TermTrend.of("q", List.of(edition("wic-2014", 2014), edition("wic-2015", 2015)),
                List.of(seed("undated", "unknown"), seed("b", "2016-11-18"), seed("a", "2015")),
                Map.of("wic-2015", 3), Map.of("b", 2, "undated", 1));
        assertEquals(List.of(new TermTrend.EditionCount("wic-2014", 2014, 0), new TermTrend.EditionCount("wic-2015", 2015, 3)),
                trend.editions());
        assertEquals(List.of(new TermTrend.DocumentCount("a", 2015, 0), new TermTrend.DocumentCount("b", 2016, 2),
                new TermTrend.DocumentCount("undated", null, 1)), trend.documents());
        assertEquals(Map.of(2014, 0, 2015, 3, 2016, 2), trend.byYear());
        assertEquals(6, trend.totalHits());
    }
}
