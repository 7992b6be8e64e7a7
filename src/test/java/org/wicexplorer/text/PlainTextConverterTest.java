package org.wicexplorer.text;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wicexplorer.data.SeedLibrary;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The English seeds: paragraphs kept, words untouched, headings found conservatively, chrome dropped. */
class PlainTextConverterTest {
    private static SeedLibrary seeds;

    @BeforeAll
    static void load() throws Exception {
        seeds = SeedLibrary.bundled();
    }

    private static ReadableText text(String id) {
        return ReadableText.of(seeds.text(id));
    }

    @Test
    void wikipediasInfoboxLabelsAreSetOffFromTheirValues() {
        ReadableText t = text("en-wikipedia-wic");
        String clean = t.clean();
        assertTrue(clean.contains("Location(s): Wuzhen, Zhejiang"), clean.substring(0, 300));
        assertTrue(clean.contains("Organized by: Cyberspace Administration of China"));
        assertTrue(clean.replace('\u00a0', ' ').contains("Simplified Chinese: 世界互联网大会"));
        assertTrue(clean.replace('\u00a0', ' ').contains("Traditional Chinese: 世界互聯網大會"));
        assertFalse(clean.contains("Location(s)Wuzhen"));
        // The value still maps back to its place in the saved page.
        int value = clean.indexOf("Wuzhen, Zhejiang");
        assertEquals(t.raw().indexOf("Wuzhen, Zhejiang"), t.toRaw(value));
    }

    @Test
    void everyKeptLineIsCopiedWordForWordAndInOrder() {
        for (String id : List.of("en-wikipedia-wic", "wic-about-2020", "wuzhen-report-2016", "xi-2015-opening-speech")) {
            ReadableText t = text(id);
            List<String> lines = t.raw().lines().map(l -> l.replaceAll("^[\\s\\p{Zs}]+|[\\s\\p{Zs}]+$", ""))
                    .filter(l -> !l.isEmpty()).toList();
            List<String> blocks = t.blocks().stream().map(t::text).toList();
            int at = 0;
            for (String block : blocks) {
                // An infobox label gets ": " before its value; nothing else is added.
                String copied = PlainTextConverter.INFOBOX_LABELS.stream()
                        .filter(l -> block.replace('\u00a0', ' ').startsWith(l + ": "))
                        .findFirst().map(l -> block.substring(0, l.length()) + block.substring(l.length() + 2)).orElse(block);
                while (!lines.get(at).equals(copied)) {
                    at++; // a dropped line of chrome
                }
                at++;
            }
            assertEquals(String.join("\n\n", blocks), t.clean(), id);
        }
    }

    @Test
    void headingsAreTheShortLinesThatIntroduceASection() {
        assertEquals(List.of("Wuzhen Declaration", "2nd World Internet Conference", "4th World Internet Conference",
                        "5th World Internet Conference", "6th World Internet Conference", "Lack of open access", "See also"),
                text("en-wikipedia-wic").headings().stream().map(Heading::title).toList());
    }

    @Test
    void aTitleLineIsTheOutermostHeading() {
        List<Heading> toc = text("wuzhen-report-2016").headings();
        assertEquals(new Heading(1, "Wuzhen Report on World Internet Development 2016 released", 0), toc.get(0));
        assertTrue(toc.stream().skip(1).allMatch(h -> h.level() == 2));
        assertTrue(toc.stream().anyMatch(h -> h.title().startsWith("IV. Cybersecurity has emerged")));
    }

    @Test
    void aBylineAndAListOfShortLinesAreNotHeadings() {
        ReadableText speech = text("xi-2015-opening-speech");
        String title = speech.raw().lines().findFirst().orElseThrow().strip();
        assertTrue(title.startsWith("Speech at the 2nd World"));
        assertEquals(List.of(title), speech.headings().stream().map(Heading::title).toList(), "not the byline \"Xi Jinping\"");
        ReadableText report = text("wuzhen-report-2016");
        long tocLines = report.headings().stream()
                .filter(h -> h.title().equals("I. The Internet is more accessible, helping bridge the digital divide.")).count();
        assertEquals(1, tocLines, "the report's list of contents is not a run of headings");
    }

    @Test
    void pageChromeWithAnUnmistakableSignatureIsDropped() {
        String speech = text("xi-2015-opening-speech").clean();
        assertFalse(speech.contains("Posted on Updated on"));
        assertFalse(speech.contains("Leave a Reply"));
        assertFalse(speech.contains("Connecting to %s"));
        assertTrue(speech.endsWith("Thank you, everyone.\n\n中华人民共和国主席 习近平"));
        assertFalse(text("wuzhen-report-2016").clean().contains("Home>Summit Updates"));
        assertFalse(text("en-wikipedia-wic").clean().contains("This section needs expansion"));
    }

    @Test
    void wikipediaFootnotesAreReferences() {
        ReadableText en = text("en-wikipedia-wic");
        List<Block> refs = en.blocks().stream().filter(b -> b.kind() == BlockKind.REFERENCE).toList();
        assertEquals(15, refs.size());
        assertTrue(en.text(refs.get(2)).startsWith("3. ^ \"Xi Jinping calls for 'cyber sovereignty'"));
    }

    @Test
    void offsetsMapBothWays() {
        ReadableText en = text("en-wikipedia-wic");
        String phrase = "Russian Prime Minister Dmitry Medvedev";
        int raw = en.raw().indexOf(phrase);
        TextRange clean = en.toClean(new TextRange(raw, raw + phrase.length()));
        assertEquals(phrase, clean.of(en.clean()));
        assertEquals(new TextRange(raw, raw + phrase.length()), en.toRaw(clean));
        // The ": " set after an infobox label is the one thing the converter adds.
        java.util.Set<Integer> added = new java.util.HashSet<>();
        for (String label : PlainTextConverter.INFOBOX_LABELS) {
            String spaced = en.clean().replace('\u00a0', ' ');
            for (int at = spaced.indexOf(label + ": "); at >= 0; at = spaced.indexOf(label + ": ", at + 1)) {
                if (at == 0 || spaced.charAt(at - 1) == '\n') {
                    added.add(at + label.length());
                    added.add(at + label.length() + 1);
                }
            }
        }
        assertFalse(added.isEmpty());
        for (int i = 0; i < en.clean().length(); i++) {
            char c = en.clean().charAt(i);
            if (c != '\n' && !added.contains(i)) {
                assertEquals(c, en.raw().charAt(en.toRaw(i)), "clean offset " + i);
            }
        }
    }

    @Test
    void aDocumentWithoutHeadingsHasAnEmptyTableOfContents() {
        ReadableText t = ReadableText.of("one line of text.\n\nanother line of text.\n");
        assertTrue(t.headings().isEmpty());
        assertEquals("one line of text.\n\nanother line of text.", t.clean());
        assertEquals(t.raw().length(), t.toRaw(t.clean().length()));
        assertEquals(t.clean().length(), t.toClean(t.raw().length()));
    }
}
