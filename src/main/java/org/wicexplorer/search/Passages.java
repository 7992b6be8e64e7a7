package org.wicexplorer.search;

import org.wicexplorer.text.Block;
import org.wicexplorer.text.BlockKind;
import org.wicexplorer.text.ReadableText;
import org.wicexplorer.text.TextRange;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Cuts a readable document into the passages a hit opens at: one per block, and a block longer than
 * {@link #MAX_LENGTH} into runs of whole sentences, so a hit in a huge paragraph still lands near its
 * match and snippets stay cheap to compute.
 */
final class Passages {
    static final int MAX_LENGTH = 2000;

    /** A passage's range in the clean text and the heading of its section (null before the first). */
    record Passage(TextRange range, String section) {
    }

    private Passages() {
    }

    static void forEach(ReadableText text, Consumer<Passage> sink) {
        String section = null;
        for (Block block : text.blocks()) {
            if (block.kind() == BlockKind.HEADING) {
                section = text.text(block);
            }
            split(text.clean(), block.range(), section, sink);
        }
    }

    private static void split(String clean, TextRange range, String section, Consumer<Passage> sink) {
        if (range.length() <= MAX_LENGTH) {
            sink.accept(new Passage(range, section));
            return;
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(clean.substring(range.start(), range.end()));
        int start = 0;
        int last = 0;
        for (int end = sentences.next(); end != BreakIterator.DONE; end = sentences.next()) {
            if (end - start > MAX_LENGTH && last > start) {
                sink.accept(new Passage(new TextRange(range.start() + start, range.start() + last), section));
                start = last;
            }
            while (end - start > MAX_LENGTH) {
                // One sentence longer than a passage: cut it at the limit.
                sink.accept(new Passage(new TextRange(range.start() + start, range.start() + start + MAX_LENGTH), section));
                start += MAX_LENGTH;
            }
            last = end;
        }
        if (start < range.length()) {
            sink.accept(new Passage(new TextRange(range.start() + start, range.end()), section));
        }
    }
}
