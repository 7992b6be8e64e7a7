package org.wicexplorer.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.wicexplorer.text.TextRange;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Lucene's unified highlighter, returning {@link Snippet}s (text plus match ranges) instead of marked-up
 * strings. Both analysed fields highlight the one stored text: offsets come from the postings, which
 * were indexed with offsets, so no text is re-analysed at query time. Thread-safe, like its parent.
 */
final class SnippetHighlighter extends UnifiedHighlighter {
    /** Snippets aim at about this many characters: a sentence or two. */
    static final int SNIPPET_GOAL = 160;
    /** A single sentence longer than this is cut to a window around its first match. */
    static final int SNIPPET_MAX = 240;
    private static final int LEAD = 60;
    /** How far a cut may move to fall between two words. */
    private static final int WORD_SLACK = 20;
    /** Where the first match sits in a snippet that grows past a sentence: a third of the way in. */
    private static final float ALIGNMENT = 0.33f;

    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_GOAL, ALIGNMENT))
                .withFormatter(new SnippetFormatter())
                .withMaxNoHighlightPassages(0));
    }

    /**
     * The best snippet of each document, from the bigram field's matches or, when it has none (a lone
     * Chinese character, say), from the word field's. Null for a document with no match to show.
     */
    Snippet[] snippets(Query query, int[] docIds) throws IOException {
        Query onText = onField(query, SearchAnalyzers.TEXT);
        Snippet[] out = onText == null ? new Snippet[docIds.length] : highlight(SearchAnalyzers.TEXT, onText, docIds);
        int[] missed = IntStream.range(0, docIds.length).filter(i -> out[i] == null).toArray();
        if (missed.length > 0) {
            Snippet[] second = highlight(SearchAnalyzers.WORDS, query, Arrays.stream(missed).map(i -> docIds[i]).toArray());
            for (int k = 0; k < missed.length; k++) {
                out[missed[k]] = second[k];
            }
        }
        return out;
    }

    /**
     * The query without its clauses on other fields, or null if nothing is left: the highlighter finds a
     * hit's matches by running the query again on that hit, and the other fields' matches, thrown away,
     * cost as much as the rest.
     */
    static Query onField(Query query, String field) {
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder kept = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            int n = 0;
            for (BooleanClause clause : bool.clauses()) {
                Query sub = onField(clause.getQuery(), field);
                if (sub != null) {
                    kept.add(sub, clause.getOccur());
                    n++;
                }
            }
            return n == 0 ? null : kept.build();
        }
        String[] fields = new String[1];
        if (query instanceof TermQuery t) {
            fields[0] = t.getTerm().field();
        } else if (query instanceof PhraseQuery p) {
            fields[0] = p.getField();
        }
        return fields[0] == null || fields[0].equals(field) ? query : null;
    }

    private Snippet[] highlight(String field, Query query, int[] docIds) throws IOException {
        int[] order = docIds.clone();
        Arrays.sort(order);
        Object[] snippets = highlightFieldsAsObjects(new String[] {field}, query, order, new int[] {1}).get(field);
        Snippet[] out = new Snippet[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            out[i] = (Snippet) snippets[Arrays.binarySearch(order, docIds[i])];
        }
        return out;
    }

    /** Only the bigram field is stored; the word field was analysed from the same text. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> stored = super.loadFieldValues(new String[] {SearchAnalyzers.TEXT}, docIter, cacheCharsThreshold);
        List<CharSequence[]> out = new ArrayList<>(stored.size());
        for (CharSequence[] values : stored) {
            CharSequence[] all = new CharSequence[fields.length];
            Arrays.fill(all, values[0]);
            out.add(all);
        }
        return out;
    }

    /** Turns the best passage into a trimmed snippet whose match ranges are merged where they overlap. */
    private static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0 || passages[0].getNumMatches() == 0) {
                return null;
            }
            Passage p = passages[0];
            List<TextRange> matches = merge(p);
            int start = p.getStartOffset();
            int end = p.getEndOffset();
            if (end - start > SNIPPET_MAX) {
                int firstMatch = matches.get(0).start();
                int cutStart = Math.max(start, firstMatch - LEAD);
                int cutEnd = Math.min(end, cutStart + SNIPPET_MAX);
                // Cut between words where there are words (not in Chinese, which has no spaces).
                if (cutStart > start) {
                    int space = indexOfSpace(content, cutStart, Math.min(cutStart + WORD_SLACK, firstMatch));
                    cutStart = space >= 0 ? space + 1 : cutStart;
                }
                if (cutEnd < end) {
                    int space = lastIndexOfSpace(content, Math.max(cutEnd - WORD_SLACK, firstMatch), cutEnd);
                    cutEnd = space >= 0 ? space : cutEnd;
                }
                start = cutStart;
                end = cutEnd;
            }
            while (start < end && Character.isWhitespace(content.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
                end--;
            }
            List<TextRange> inside = new ArrayList<>();
            for (TextRange m : matches) {
                int s = Math.max(m.start(), start);
                int e = Math.min(m.end(), end);
                if (s < e) {
                    inside.add(new TextRange(s - start, e - start));
                }
            }
            return new Snippet(content.substring(start, end), start, inside);
        }

        private static int indexOfSpace(String s, int from, int to) {
            for (int i = from; i < to; i++) {
                if (Character.isWhitespace(s.charAt(i))) {
                    return i;
                }
            }
            return -1;
        }

        private static int lastIndexOfSpace(String s, int from, int to) {
            for (int i = to - 1; i >= from; i--) {
                if (Character.isWhitespace(s.charAt(i))) {
                    return i;
                }
            }
            return -1;
        }

        /** Chinese bigrams overlap ("网络", "络主", "主权"): one highlight for the run, not three. */
        private static List<TextRange> merge(Passage p) {
            int n = p.getNumMatches();
            int[][] ranges = new int[n][];
            for (int i = 0; i < n; i++) {
                ranges[i] = new int[] {p.getMatchStarts()[i], p.getMatchEnds()[i]};
            }
            Arrays.sort(ranges, (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
            List<TextRange> out = new ArrayList<>();
            int s = ranges[0][0];
            int e = ranges[0][1];
            for (int i = 1; i < n; i++) {
                if (ranges[i][0] < e) {
                    e = Math.max(e, ranges[i][1]);
                } else {
                    out.add(new TextRange(s, e));
                    s = ranges[i][0];
                    e = ranges[i][1];
                }
            }
            out.add(new TextRange(s, e));
            return out;
        }
    }
}
