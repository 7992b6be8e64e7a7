package org.wicexplorer.search;

import org.junit.jupiter.api.Test;
import org.wicexplorer.text.TextRange;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Find-in-document ignores case, full width and the Traditional/Simplified difference, at the text's own offsets. */
class TextFinderTest {

    @Test
    void ignoresCase() {
        assertEquals(List.of(new TextRange(0, 11), new TextRange(16, 27)),
                TextFinder.findAll("Sovereignty and SOVEREIGNTY", "sovereignty"));
    }

    @Test
    void findsTraditionalAndSimplifiedAlike() {
        String text = "尊重網路主權，尊重网络主权";
        List<TextRange> both = List.of(new TextRange(4, 6), new TextRange(11, 13));
        assertEquals(both, TextFinder.findAll(text, "主权"));
        assertEquals(both, TextFinder.findAll(text, "主權"));
        assertEquals(List.of(new TextRange(0, 2), new TextRange(5, 7)), TextFinder.findAll("烏鎮人。。乌镇", "乌镇"));
    }

    @Test
    void foldsFullWidthLatin() {
        assertEquals(List.of(new TextRange(2, 7)), TextFinder.findAll("使用ｉＷｉｆｉ", "iwifi"));
    }

    @Test
    void aBlankPhraseFindsNothing() {
        assertEquals(List.of(), TextFinder.findAll("text", "  "));
    }

    @Test
    void foldingKeepsLength() {
        String s = "網絡空間 ＡＢＣ İstanbul";
        assertEquals(s.length(), TextFinder.fold(s).length());
    }
}
