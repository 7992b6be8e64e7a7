package org.wicexplorer.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a clean text from pieces of a raw text, recording where each piece came from. Converters call
 * it in raw order; blocks are separated by a blank line.
 */
final class CleanTextBuilder {
    private static final String BLOCK_SEPARATOR = "\n\n";

    private final String raw;
    private final StringBuilder clean = new StringBuilder();
    private final List<int[]> runs = new ArrayList<>();
    private final List<Boolean> copied = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();
    private final List<Integer> headingLevels = new ArrayList<>();
    private boolean open;
    /** Where the open block's text starts; -1 until its first character, so empty blocks vanish. */
    private int blockStart = -1;
    private int blockAnchor;

    CleanTextBuilder(String raw) {
        this.raw = raw;
    }

    String raw() {
        return raw;
    }

    /** Starts a block whose text comes from raw offset {@code rawAnchor} onwards. */
    void startBlock(int rawAnchor) {
        if (open) {
            throw new IllegalStateException("a block is already open");
        }
        open = true;
        blockStart = -1;
        blockAnchor = rawAnchor;
    }

    /** Closes the open block; a block that received no text leaves no trace. */
    void endBlock(BlockKind kind, int headingLevel) {
        if (blockStart >= 0 && clean.length() > blockStart) {
            blocks.add(new Block(kind, new TextRange(blockStart, clean.length())));
            headingLevels.add(headingLevel);
        }
        open = false;
    }

    /** Copies raw characters [start, end) into the open block. */
    void copy(int start, int end) {
        if (start >= end) {
            return;
        }
        openIfPending();
        int last = runs.size() - 1;
        if (last >= 0 && copied.get(last)) {
            int[] run = runs.get(last);
            if (run[1] + run[2] == start && run[0] + run[2] == clean.length()) {
                run[2] += end - start;
                clean.append(raw, start, end);
                return;
            }
        }
        addRun(start, end - start, true);
        clean.append(raw, start, end);
    }

    /** Adds text that is not in the raw text, such as a bullet, anchored at a raw offset. */
    void insert(String text, int rawAnchor) {
        if (text.isEmpty()) {
            return;
        }
        openIfPending();
        insertRun(text, rawAnchor);
    }

    private void openIfPending() {
        if (!open) {
            throw new IllegalStateException("no open block");
        }
        if (blockStart < 0) {
            if (clean.length() > 0) {
                insertRun(BLOCK_SEPARATOR, blockAnchor);
            }
            blockStart = clean.length();
        }
    }

    private void insertRun(String text, int rawAnchor) {
        addRun(rawAnchor, text.length(), false);
        clean.append(text);
    }

    private void addRun(int rawStart, int length, boolean isCopy) {
        runs.add(new int[] {clean.length(), rawStart, length});
        copied.add(isCopy);
    }

    ReadableText build() {
        if (open) {
            throw new IllegalStateException("a block is still open");
        }
        int n = runs.size();
        int[] cleanStarts = new int[n];
        int[] rawStarts = new int[n];
        int[] lengths = new int[n];
        boolean[] isCopy = new boolean[n];
        for (int i = 0; i < n; i++) {
            int[] run = runs.get(i);
            cleanStarts[i] = run[0];
            rawStarts[i] = run[1];
            lengths[i] = run[2];
            isCopy[i] = copied.get(i);
        }
        String text = clean.toString();
        OffsetMap map = new OffsetMap(raw.length(), text.length(), cleanStarts, rawStarts, lengths, isCopy);
        return new ReadableText(raw, text, blocks, headings(text), map);
    }

    /** Heading levels renumbered so the outermost level used in this document is 1. */
    private List<Heading> headings(String text) {
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == BlockKind.HEADING) {
                min = Math.min(min, headingLevels.get(i));
            }
        }
        List<Heading> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == BlockKind.HEADING) {
                out.add(new Heading(headingLevels.get(i) - min + 1, b.range().of(text), b.start()));
            }
        }
        return out;
    }
}
