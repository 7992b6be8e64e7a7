package org.wicexplorer.search;

import org.junit.jupiter.api.Test;
import org.wicexplorer.text.ReadableText;
import org.wicexplorer.text.TextRange;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PassagesTest {

    @Test
    void eachBlockIsAPassageWithTheHeadingOfItsSection() {
        ReadableText text = ReadableText.of("Title line\n\nA body paragraph that is long enough to be the body under the title above it.\n");
        List<Passages.Passage> out = new ArrayList<>();
        Passages.forEach(text, out::add);
        assertEquals(2, out.size());
        assertEquals("Title line", out.get(1).section());
        assertEquals(text.blocks().get(1).range(), out.get(1).range());
    }

    @Test
    void aHugeParagraphIsCutIntoRunsOfWholeSentences() {
        String sentence = "This sentence is about the World Internet Conference in Wuzhen. ";
        String paragraph = sentence.repeat(200).strip();
        ReadableText text = ReadableText.of(paragraph);
        List<Passages.Passage> out = new ArrayList<>();
        Passages.forEach(text, out::add);
        assertTrue(out.size() > 1);
        int at = 0;
        for (Passages.Passage p : out) {
            TextRange r = p.range();
            assertEquals(at, r.start(), "passages are contiguous");
            assertTrue(r.length() <= Passages.MAX_LENGTH);
            assertTrue(r.of(text.clean()).startsWith("This sentence"), "cut between sentences");
            at = r.end();
        }
        assertEquals(text.clean().length(), at);
    }

    @Test
    void aSentenceLongerThanAPassageIsCutAtTheLimit() {
        String words = "word ".repeat(Passages.MAX_LENGTH).strip();
        List<Passages.Passage> out = new ArrayList<>();
        Passages.forEach(ReadableText.of(words), out::add);
        assertTrue(out.stream().allMatch(p -> p.range().length() <= Passages.MAX_LENGTH));
        assertEquals(words.length(), out.get(out.size() - 1).range().end());
    }
}
