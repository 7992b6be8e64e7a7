package org.wicexplorer.text;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wicexplorer.data.QuoteMatcher;
import org.wicexplorer.data.SeedLibrary;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The zh-Wikipedia seed's markup, converted line by line; the inputs are real lines of seed 004. */
class WikiMarkupConverterTest {
    private static final String SEED = "zh-wikipedia-wic";
    private static SeedLibrary seeds;
    private static ReadableText zhwiki;

    @BeforeAll
    static void load() throws Exception {
        seeds = SeedLibrary.bundled();
        zhwiki = ReadableText.of(seeds.text(SEED));
    }

    private static String clean(String rawLine) {
        return ReadableText.of(rawLine, ReadableText.Format.WIKI_MARKUP).clean();
    }

    @Test
    void theSeedIsDetectedAsWikiMarkupAndTheEnglishSeedsAsPlainText() {
        assertEquals(ReadableText.Format.WIKI_MARKUP, ReadableText.Format.detect(seeds.text(SEED)));
        assertEquals(ReadableText.Format.PLAIN_TEXT, ReadableText.Format.detect(seeds.text("en-wikipedia-wic")));
    }

    @Test
    void linksKeepTheirTextOnly() {
        assertEquals("活动地点定于浙江省嘉兴市桐乡市乌镇镇[1]。", clean(
                "活动地点定于[浙江省](../Page/浙江省.md \"wikilink\")[嘉兴市](../Page/嘉兴市.md \"wikilink\")"
                        + "[桐乡市](../Page/桐乡市.md \"wikilink\")[乌镇镇](../Page/乌镇镇.md \"wikilink\")\\[1\\]。"));
        assertEquals("中方提出包括“尊重各国网络主权”", clean(
                "[中方提出包括](https://zh.wikipedia.org/wiki/中华人民共和国 \"wikilink\")“尊重各国网-{}-络主权”"));
    }

    @Test
    void emptyConversionMarkersDisappear() {
        assertEquals("首屆的主題爲「互联互通，共享共治」[3][4][5]。",
                clean("首屆的主題爲「互-{}-联互通，共享共治」\\[3\\]\\[4\\]\\[5\\]。"));
    }

    @Test
    void variantBlocksShowTheSimplifiedVariantEvenInsideALink() {
        assertEquals("世界互联网大会是由中国国家互联网信息办公室、浙江省人民政府主办的大型会议", clean(
                "**世界互联网大会**是由中国[-{zh-hans:国家互联网信息办公室;zh-hant:國家互聯網信息辦公室;}-]"
                        + "(../Page/国务院新闻办公室.md \"wikilink\")、[浙江省人民政府](../Page/浙江省人民政府.md \"wikilink\")"
                        + "主办的大型[会议](https://zh.wikipedia.org/wiki/会议 \"wikilink\")"));
    }

    @Test
    void escapedReferenceMarkersBecomePlainBrackets() {
        assertEquals("第六屆世界互聯網大會於2019年10月20日至10月22日舉行[16]。",
                clean("第六屆世界互聯網大會於2019年10月20日至10月22日舉行\\[16\\]。"));
    }

    @Test
    void headingsMakeATableOfContentsWithLevelsFromOne() {
        List<Heading> toc = zhwiki.headings();
        assertEquals(List.of("沿革", "首屆", "第二届", "第三届", "第四届", "第五届", "第六屆", "安全保障", "通信及媒體管制",
                "评价", "参见", "参考文献"), toc.stream().map(Heading::title).toList());
        assertEquals(1, toc.get(0).level());
        assertEquals(2, toc.get(1).level());
        for (Heading h : toc) {
            assertEquals(h.title(), zhwiki.clean().substring(h.offset(), h.offset() + h.title().length()));
        }
    }

    @Test
    void theReferenceListIsTidiedUnderItsHeading() {
        List<Block> blocks = zhwiki.blocks();
        List<String> references = blocks.stream().filter(b -> b.kind() == BlockKind.REFERENCE).map(zhwiki::text).toList();
        assertEquals(List.of("[9] 习近平出席世界互联网大会演讲：推动互联网全球治理体系变革（全文）", "[11] 習近平大會主旨演講",
                "[13] 第五屆互聯網大會開幕　聚焦AI與5G 翟思嘉 中央社 2018-11-07", "[14] 第五届世界互联网大会乌镇开幕",
                "[15] 央視- 打造互信共治的网络空间", "[16] 第六届世界互联网大会在乌镇落下帷幕"), references);
        Block first = blocks.stream().filter(b -> b.kind() == BlockKind.REFERENCE).findFirst().orElseThrow();
        Block before = blocks.get(blocks.indexOf(first) - 1);
        assertEquals("参考文献", zhwiki.text(before));
        assertEquals(BlockKind.HEADING, before.kind());
    }

    @Test
    void emptySectionsCategoriesTemplatesAndEmptyItemsAreDropped() {
        String clean = zhwiki.clean();
        assertFalse(clean.contains("外部链接"), "an empty section");
        assertFalse(clean.contains("Category"), "category links");
        assertFalse(clean.contains("{{"), "templates");
        assertFalse(clean.contains("\n\n1.\n"), "empty reference entries");
        List<String> items = zhwiki.blocks().stream().filter(b -> b.kind() == BlockKind.LIST_ITEM).map(zhwiki::text).toList();
        assertEquals(List.of("• 网络主权", "• 国家互联网信息办公室", "• 中国互联网大会", "• 乌镇", "• 計算機協會", "• 圖靈獎"), items);
    }

    @Test
    void noMarkupIsLeftAnywhere() {
        String clean = zhwiki.clean();
        for (String markup : List.of("wikilink", "](", "-{", "}-", "\\[", "\\]", "**", "../Page/", "https://")) {
            assertFalse(clean.contains(markup), markup);
        }
        assertTrue(clean.contains("“iWifi-Wuzhen”"));
        assertTrue(clean.contains("吉米·威尔士的講話"));
    }

    @Test
    void everyCopiedCharacterMapsBackToTheSameRawCharacter() {
        String raw = zhwiki.raw();
        String clean = zhwiki.clean();
        StringBuilder notCopied = new StringBuilder();
        for (int i = 0; i < clean.length(); i++) {
            int r = zhwiki.toRaw(i);
            boolean copied = r < raw.length() && raw.charAt(r) == clean.charAt(i) && zhwiki.toClean(r) == i;
            if (!copied && clean.charAt(i) != '\n') {
                notCopied.append(clean.charAt(i));
            }
        }
        // Only what the converter inserts: bullets, the references heading, reference brackets, one space.
        assertEquals("• ".repeat(6) + "参考文献" + "[] ".repeat(3) + " " + "[] ".repeat(3), notCopied.toString());
    }

    @Test
    void aCitationQuoteFoundInTheRawTextLandsOnTheSameWordsInTheCleanText() {
        for (String quote : List.of("首届世界互联网大会举办于2014年11月19日至21日", "主會議廳烏鎮廳可容納3,000人同時與會",
                "吉米·威尔士的講話", "能保证会议期间5万人同时上网")) {
            QuoteMatcher.Range raw = seeds.locate(SEED, quote).orElseThrow();
            TextRange clean = zhwiki.toClean(new TextRange(raw.start(), raw.end()));
            assertEquals(quote, clean.of(zhwiki.clean()));
        }
    }

    @Test
    void aRawRangeAcrossMarkupMapsToTheTextAloneAndBack() {
        String raw = zhwiki.raw();
        int start = raw.indexOf("定于[浙江省]");
        int end = raw.indexOf("[桐乡市]");
        TextRange clean = zhwiki.toClean(new TextRange(start, end));
        assertEquals("定于浙江省嘉兴市", clean.of(zhwiki.clean()));
        TextRange back = zhwiki.toRaw(clean);
        assertEquals(start, back.start());
        assertEquals("定于[浙江省](../Page/浙江省.md \"wikilink\")[嘉兴市", back.of(raw));

        int variant = zhwiki.clean().indexOf("国家互联网信息办公室");
        TextRange fromVariant = zhwiki.toRaw(new TextRange(variant, variant + "国家互联网信息办公室".length()));
        assertEquals("国家互联网信息办公室", fromVariant.of(raw));
    }

    @Test
    void aRawRangeInsideRemovedMarkupMapsToAnEmptyRange() {
        String raw = zhwiki.raw();
        int at = raw.indexOf("../Page/浙江省.md");
        TextRange clean = zhwiki.toClean(new TextRange(at, at + 5));
        assertTrue(clean.isEmpty());
        assertEquals(zhwiki.clean().indexOf("嘉兴市"), clean.start());
    }
}
