package org.wicexplorer.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/**
 * The text field's commonest terms (the list shipped beside this class). A phrase through them would make
 * Lucene check word positions in most passages; the pairs the index keeps for them make it a lookup of rare
 * terms. The list changes speed and index size only, never what a query matches.
 */
final class CommonTerms {
    static final String LIST = "common-terms.txt";
    static final CharArraySet SET = load();
    /** What {@link org.apache.lucene.analysis.commongrams.CommonGramsFilter} joins a pair with. */
    private static final char PAIR_SEPARATOR = '_';

    private CommonTerms() {
    }

    /**
     * The same phrase over the pairs the index keeps: at each position whose term and the next one (at the
     * next position) include a common term, their pair stands for the term. A pair in the index says that
     * its second term is the next one in the text; an element at the next position says that it stands
     * there. So the phrase matches exactly where the original does, but on rare terms. Then, commonest
     * first, an element is left out where the pair before it already names its term and the element after
     * it is kept: the pair says what comes next, the element after says where, so the match stays exact
     * with fewer terms to check. Phrases with slop are left alone.
     */
    static PhraseQuery paired(PhraseQuery phrase, ToIntFunction<Term> docFreq) {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        int n = terms.length;
        if (phrase.getSlop() != 0 || n < 2) {
            return phrase;
        }
        Term[] out = new Term[n];
        boolean[] pair = new boolean[n];
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            out[i] = terms[i];
            if (i + 1 < n && positions[i + 1] == positions[i] + 1
                    && (SET.contains(terms[i].text()) || SET.contains(terms[i + 1].text()))) {
                out[i] = new Term(terms[i].field(), terms[i].text() + PAIR_SEPARATOR + terms[i + 1].text());
                pair[i] = true;
                changed = true;
            }
        }
        if (!changed) {
            return phrase;
        }
        boolean[] keep = new boolean[n];
        Arrays.fill(keep, true);
        int[] df = new int[n];
        for (int i = 0; i < n; i++) {
            df[i] = docFreq.applyAsInt(out[i]);
        }
        Integer[] commonestFirst = IntStream.range(1, n - 1).boxed().toArray(Integer[]::new);
        Arrays.sort(commonestFirst, (a, b) -> Integer.compare(df[b], df[a]));
        for (int k : commonestFirst) {
            if (keep[k - 1] && pair[k - 1] && keep[k + 1] && positions[k + 1] == positions[k] + 1) {
                keep[k] = false;
            }
        }
        PhraseQuery.Builder builder = new PhraseQuery.Builder();
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                builder.add(out[i], positions[i]);
            }
        }
        return builder.build();
    }

    private static CharArraySet load() {
        List<String> terms = new ArrayList<>();
        try (InputStream in = CommonTerms.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("missing from the application: " + LIST);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    terms.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LIST, e);
        }
        return CharArraySet.unmodifiableSet(new CharArraySet(terms, false));
    }
}
