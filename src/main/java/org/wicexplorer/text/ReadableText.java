package org.wicexplorer.text;

import java.util.List;

/**
 * A seed document made readable: its clean text split into blocks (headings, paragraphs, list items,
 * references), a table of contents, and a map between offsets in the raw seed text and in the clean
 * text. The map lets a citation's quote, which is located in the raw text, be highlighted in the clean
 * text, and a search hit in the clean text be traced back to the raw text. Immutable.
 */
public final class ReadableText {
    private final String raw;
    private final String clean;
    private final List<Block> blocks;
    private final List<Heading> headings;
    private final OffsetMap map;

    ReadableText(String raw, String clean, List<Block> blocks, List<Heading> headings, OffsetMap map) {
        this.raw = raw;
        this.clean = clean;
        this.blocks = List.copyOf(blocks);
        this.headings = List.copyOf(headings);
        this.map = map;
    }

    /** The raw text's format, told from its content: converted wiki pages carry "wikilink" link titles. */
    public enum Format {
        WIKI_MARKUP, PLAIN_TEXT;

        public static Format detect(String raw) {
            return raw.contains("\"wikilink\")") ? WIKI_MARKUP : PLAIN_TEXT;
        }
    }

    /** Converts a raw seed text with the converter its format needs. */
    public static ReadableText of(String raw) {
        return of(raw, Format.detect(raw));
    }

    public static ReadableText of(String raw, Format format) {
        return format == Format.WIKI_MARKUP ? WikiMarkupConverter.convert(raw) : PlainTextConverter.convert(raw);
    }

    public String raw() {
        return raw;
    }

    public String clean() {
        return clean;
    }

    /** Every block in reading order; blocks are separated by a blank line in {@link #clean()}. */
    public List<Block> blocks() {
        return blocks;
    }

    /** The table of contents; empty when the document has no headings. */
    public List<Heading> headings() {
        return headings;
    }

    public String text(Block block) {
        return block.range().of(clean);
    }

    /** The first clean offset whose character comes from {@code rawOffset} or later in the raw text. */
    public int toClean(int rawOffset) {
        return map.toClean(rawOffset);
    }

    /** Where the clean character at {@code cleanOffset} came from (for inserted text, where it was inserted). */
    public int toRaw(int cleanOffset) {
        return map.toRaw(cleanOffset);
    }

    /** The clean range holding what remains of a raw range once markup is removed. */
    public TextRange toClean(TextRange rawRange) {
        return map.toClean(rawRange);
    }

    /** The raw range a clean range was made from, markup inside it included. */
    public TextRange toRaw(TextRange cleanRange) {
        return map.toRaw(cleanRange);
    }
}
