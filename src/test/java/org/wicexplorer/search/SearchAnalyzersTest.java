package org.wicexplorer.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchAnalyzersTest {

    /** Each token as term@start-end. */
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void chineseBecomesOverlappingBigramsOfSimplifiedCharactersAtTheOriginalOffsets() throws IOException {
        Analyzer a = SearchAnalyzers.bigramsAndStems();
        assertEquals(List.of("网络@0-2", "络主@1-3", "主权@2-4"), tokens(a, "網絡主權"));
        assertEquals(tokens(a, "网络主权"), tokens(a, "網絡主權"));
    }

    @Test
    void englishIsLowerCasedStemmedAndStopWordsDropped() throws IOException {
        assertEquals(List.of("confer@4-15", "wuzhen@19-25", "ipv6@26-30"),
                tokens(SearchAnalyzers.bigramsAndStems(), "The conferences in Wuzhen IPv6"));
        assertEquals(List.of("china@0-7"), tokens(SearchAnalyzers.bigramsAndStems(), "China's"));
    }

    @Test
    void fullWidthLatinIsFoldedToAscii() throws IOException {
        assertEquals(List.of("ipv6@0-4"), tokens(SearchAnalyzers.bigramsAndStems(), "ＩＰｖ６"));
    }

    @Test
    void smartCnSegmentsFoldedChineseIntoWordsAndLeavesTheRestToTheBigramField() throws IOException {
        Analyzer a = SearchAnalyzers.smartChinese();
        assertEquals(List.of("局域网@0-3", "大会@3-5"), tokens(a, "局域網大會"));
        assertEquals(List.of("尊重@0-2", "各国@2-4", "网络@4-6", "主权@6-8"), tokens(a, "尊重各國網絡主權"));
        assertEquals(List.of("专用@1-3", "无线@3-5", "网络@5-7"), tokens(a, "“专用无线网络iWifi-Wuzhen”"));
        assertTrue(SearchAnalyzers.hasChinese("iWifi 乌镇"));
        assertFalse(SearchAnalyzers.hasChinese("iWifi-Wuzhen, ＩＰｖ６"));
    }
}
