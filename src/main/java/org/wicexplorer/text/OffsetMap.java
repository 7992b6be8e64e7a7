package org.wicexplorer.text;

import java.util.Arrays;

/**
 * Maps offsets between a raw text and the clean text made from it. The clean text is a sequence of
 * runs: a copied run repeats raw characters one for one; an inserted run (a paragraph break, a bullet)
 * has no raw characters and is anchored at a raw offset. Runs are kept in order of both texts, so
 * every lookup is a binary search and the map costs a few ints per run, not per character.
 */
final class OffsetMap {
    private final int rawLength;
    private final int cleanLength;
    /** All runs in clean order: where each starts in the clean text, where in the raw text, how long. */
    private final int[] cleanStarts;
    private final int[] rawStarts;
    private final int[] lengths;
    private final boolean[] copied;
    /** The copied runs only, in raw order (which is also clean order). */
    private final int[] copiedRuns;

    OffsetMap(int rawLength, int cleanLength, int[] cleanStarts, int[] rawStarts, int[] lengths, boolean[] copied) {
        this.rawLength = rawLength;
        this.cleanLength = cleanLength;
        this.cleanStarts = cleanStarts;
        this.rawStarts = rawStarts;
        this.lengths = lengths;
        this.copied = copied;
        int n = 0;
        int[] runs = new int[copied.length];
        for (int i = 0; i < copied.length; i++) {
            if (copied[i]) {
                runs[n++] = i;
            }
        }
        this.copiedRuns = Arrays.copyOf(runs, n);
    }

    /** Where the clean character at {@code clean} came from; inserted characters give their anchor. */
    int toRaw(int clean) {
        checkIndex(clean, cleanLength);
        if (clean == cleanLength) {
            return rawLength;
        }
        int run = runAt(clean);
        return copied[run] ? rawStarts[run] + clean - cleanStarts[run] : rawStarts[run];
    }

    /** The first clean position whose character comes from raw offset {@code raw} or later. */
    int toClean(int raw) {
        checkIndex(raw, rawLength);
        int k = firstCopiedRunEndingAfter(raw);
        if (k == copiedRuns.length) {
            return cleanLength;
        }
        int run = copiedRuns[k];
        return cleanStarts[run] + Math.max(0, raw - rawStarts[run]);
    }

    /**
     * The clean range holding exactly the clean characters copied from the raw range. Markup at either
     * edge of the raw range is dropped; a raw range with no copied character maps to an empty range.
     */
    TextRange toClean(TextRange raw) {
        checkIndex(raw.end(), rawLength);
        int start = toClean(raw.start());
        int end = start;
        int last = lastCopiedRunStartingBefore(raw.end());
        if (last >= 0) {
            int run = copiedRuns[last];
            int rawEnd = Math.min(raw.end(), rawStarts[run] + lengths[run]);
            end = Math.max(start, cleanStarts[run] + rawEnd - rawStarts[run]);
        }
        return new TextRange(start, end);
    }

    /** The raw range from the first to the last raw character behind the clean range. */
    TextRange toRaw(TextRange clean) {
        checkIndex(clean.end(), cleanLength);
        int start = toRaw(clean.start());
        if (clean.isEmpty()) {
            return new TextRange(start, start);
        }
        int lastRun = runAt(clean.end() - 1);
        int end = copied[lastRun] ? rawStarts[lastRun] + clean.end() - cleanStarts[lastRun] : rawStarts[lastRun];
        return new TextRange(start, Math.max(start, end));
    }

    private int runAt(int clean) {
        int i = Arrays.binarySearch(cleanStarts, clean);
        // Runs are never empty, so their starts strictly increase.
        return i >= 0 ? i : -i - 2;
    }

    private int firstCopiedRunEndingAfter(int raw) {
        int lo = 0;
        int hi = copiedRuns.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int run = copiedRuns[mid];
            if (rawStarts[run] + lengths[run] <= raw) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int lastCopiedRunStartingBefore(int raw) {
        int lo = 0;
        int hi = copiedRuns.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rawStarts[copiedRuns[mid]] < raw) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    private static void checkIndex(int offset, int length) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside [0, " + length + "]");
        }
    }
}
