package org.wicexplorer.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Turns what a reader typed into a Lucene query over both text fields. Words must all match (AND);
 * "quoted phrases" match as phrases; a run of Chinese characters is matched as a phrase too, so 网络主权
 * means those four characters in a row, not 网络 somewhere and 主权 elsewhere. Lucene syntax (OR, -word,
 * wildcards) works; a query that is not valid syntax is searched for as plain words instead.
 */
final class Queries {
    private static final String[] FIELDS = {SearchAnalyzers.TEXT, SearchAnalyzers.WORDS};

    private Queries() {
    }

    /** A parsed query and the other names its aliases added. */
    record Parsed(Query query, List<String> alsoSearched) {
    }

    /** Null when nothing in the query can be searched for. */
    static Parsed parse(String query, Analyzer analyzer, AliasExpander aliases) {
        return parse(query, analyzer, aliases, term -> 0);
    }

    /** As above, with the index's document frequencies, by which phrases over common terms are shortened. */
    static Parsed parse(String query, Analyzer analyzer, AliasExpander aliases, ToIntFunction<Term> docFreq) {
        try {
            return parse(aliases.expand(query), analyzer, docFreq);
        } catch (ParseException | IllegalArgumentException e) {
            try {
                // Escaped, and lower-cased so that a stray AND, OR or NOT is a word, not an operator.
                return parse(aliases.expand(QueryParser.escape(query.toLowerCase(Locale.ROOT))), analyzer, docFreq);
            } catch (ParseException | IllegalArgumentException again) {
                return null;
            }
        }
    }

    private static Parsed parse(AliasExpander.Expansion expansion, Analyzer analyzer, ToIntFunction<Term> docFreq)
            throws ParseException {
        return new Parsed(parser(analyzer, docFreq).parse(expansion.query()), expansion.alsoSearched());
    }

    /** A new parser each time: Lucene's query parsers are not thread-safe. */
    private static QueryParser parser(Analyzer analyzer, ToIntFunction<Term> docFreq) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer) {
            /**
             * Chinese of two or more characters must match as bigrams in a row. SmartCN's word ranks those
             * matches (a whole word above a run that straddles words) when the query is one word; a query
             * of several words is left to the bigrams, since their word phrase, checked in every matching
             * passage, cost more than the rest of the query and changed little in the order. As a
             * disjunction, the words would also match across punctuation or a sentence in English, which
             * the bigrams rightly do not. A lone character has no bigram, so there the words field finds it.
             */
            @Override
            protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
                if (field != null || chineseCharacters(queryText) < 2) {
                    return super.getFieldQuery(field, queryText, quoted);
                }
                return textRankedByWords(queryText, quoted);
            }

            /** A "quoted phrase" comes here. */
            @Override
            protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
                if (field != null || slop != 0 || chineseCharacters(queryText) < 2) {
                    return super.getFieldQuery(field, queryText, slop);
                }
                return textRankedByWords(queryText, true);
            }

            @Override
            protected Query analyzePhrase(String field, TokenStream stream, int slop) throws IOException {
                Query phrase = super.analyzePhrase(field, stream, slop);
                return SearchAnalyzers.TEXT.equals(field) && phrase instanceof PhraseQuery p ? CommonTerms.paired(p, docFreq) : phrase;
            }

            private Query textRankedByWords(String queryText, boolean quoted) throws ParseException {
                Query text = super.getFieldQuery(SearchAnalyzers.TEXT, queryText, quoted);
                Query words = super.getFieldQuery(SearchAnalyzers.WORDS, queryText, quoted);
                if (text == null || !(words instanceof TermQuery)) {
                    return text != null ? text : words;
                }
                return new BooleanQuery.Builder()
                        .add(text, BooleanClause.Occur.MUST)
                        .add(words, BooleanClause.Occur.SHOULD)
                        .build();
            }
        };
        parser.setDefaultOperator(QueryParser.Operator.AND);
        // Split on white space first, so each chunk's several tokens (Chinese bigrams) become a phrase.
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        return parser;
    }

    private static long chineseCharacters(String text) {
        return text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
    }
}
