package org.wicexplorer.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

import java.util.List;
import java.util.Locale;

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
        try {
            return parse(aliases.expand(query), analyzer);
        } catch (ParseException | IllegalArgumentException e) {
            try {
                // Escaped, and lower-cased so that a stray AND, OR or NOT is a word, not an operator.
                return parse(aliases.expand(QueryParser.escape(query.toLowerCase(Locale.ROOT))), analyzer);
            } catch (ParseException | IllegalArgumentException again) {
                return null;
            }
        }
    }

    private static Parsed parse(AliasExpander.Expansion expansion, Analyzer analyzer) throws ParseException {
        return new Parsed(parser(analyzer).parse(expansion.query()), expansion.alsoSearched());
    }

    /** A new parser each time: Lucene's query parsers are not thread-safe. */
    private static QueryParser parser(Analyzer analyzer) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        // Split on white space first, so each chunk's several tokens (Chinese bigrams) become a phrase.
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        return parser;
    }
}
