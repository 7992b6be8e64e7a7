package org.wicexplorer.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.commongrams.CommonGramsFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.io.Reader;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The two analyses every text is indexed with, each after {@link ChineseFolding}:
 * <ul>
 *   <li>{@link #TEXT}: Unicode word breaking, English possessives, stop words and Porter stemming, and
 *   Chinese as overlapping character bigrams. Bigrams match any run of two or more Chinese characters
 *   wherever it stands, whatever the surrounding words, so recall does not depend on segmentation.
 *   Each {@link CommonTerms common term} is also indexed joined with its neighbour (at the same position),
 *   so that a phrase through common terms is matched on rare pairs.</li>
 *   <li>{@link #WORDS}: the Chinese words of the text, by SmartCN's dictionary segmentation, which ranks
 *   passages where the query is a whole word above those where it only straddles words. Everything
 *   that is not Chinese is left to {@link #TEXT}, so English is indexed and searched once, not twice.</li>
 * </ul>
 */
final class SearchAnalyzers {
    static final String TEXT = "text";
    static final String WORDS = "words";
    private static final Pattern NOT_CHINESE = Pattern.compile("[^\\p{IsHan}]+");

    private SearchAnalyzers() {
    }

    /**
     * The analyzer every field is indexed with: {@link #bigramsAndStems()} plus {@link CommonTerms} pairs for
     * {@link #TEXT}, SmartCN for {@link #WORDS}.
     */
    static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(textAnalyzer(Pairs.INDEX), Map.of(WORDS, smartChinese()));
    }

    /**
     * The analyzer queries are parsed with: as {@link #perField()} without the pairs, which
     * {@link Queries} puts into phrases itself so that a phrase keeps the gaps its stop words leave.
     */
    static Analyzer perFieldForQueries() {
        return new PerFieldAnalyzerWrapper(bigramsAndStems(), Map.of(WORDS, smartChinese()));
    }

    /** The text field's terms without pairs: what aliases are compared by. */
    static Analyzer bigramsAndStems() {
        return textAnalyzer(Pairs.NONE);
    }

    /** Whether common terms are also indexed joined with their neighbours (Lucene's common grams). */
    private enum Pairs { NONE, INDEX }

    private static Analyzer textAnalyzer(Pairs pairs) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new CJKBigramFilter(stream);
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                stream = new PorterStemFilter(stream);
                if (pairs == Pairs.INDEX) {
                    stream = new CommonGramsFilter(stream, CommonTerms.SET);
                }
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected Reader initReader(String field, Reader reader) {
                return ChineseFolding.fold(reader);
            }

            @Override
            protected Reader initReaderForNormalization(String field, Reader reader) {
                return ChineseFolding.fold(reader);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    static Analyzer smartChinese() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new HMMChineseTokenizer();
                return new TokenStreamComponents(source);
            }

            @Override
            protected Reader initReader(String field, Reader reader) {
                // SmartCN only sees the Chinese: everything else is blanked, which also halves its time.
                return new PatternReplaceCharFilter(NOT_CHINESE, " ", ChineseFolding.fold(reader));
            }

            @Override
            protected Reader initReaderForNormalization(String field, Reader reader) {
                return initReader(field, reader);
            }
        };
    }

    /** True when the text has a Chinese character, so that {@link #WORDS} has something to index. */
    static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
