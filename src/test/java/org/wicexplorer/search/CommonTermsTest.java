package org.wicexplorer.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Phrases through common terms are matched on the pairs the index keeps for them (and shortened by the
 * index's document frequencies); they must match exactly the texts the plain phrase matches, gaps left by
 * stop words included.
 */
class CommonTermsTest {
    private static final List<String> TEXTS = List.of(
            "The World Internet Conference opened.",            // 0
            "world of the internet conference",                 // 1: stop words between
            "internet world conference",                        // 2: another order
            "World Internet. Conference",                       // 3: punctuation leaves no gap
            "世界互联网大会在乌镇举行",                            // 4
            "世界互联网 大会",                                    // 5: a space breaks the run
            "世界，互联网大会",                                    // 6: so does punctuation
            "a community of shared future in cyberspace",       // 7
            "community shared future",                          // 8
            "the internet world and the conference");           // 9

    private static Directory directory;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.perField()))) {
            for (int i = 0; i < TEXTS.size(); i++) {
                Document doc = new Document();
                doc.add(new StoredField("n", i));
                doc.add(new TextField(SearchAnalyzers.TEXT, TEXTS.get(i), Field.Store.NO));
                if (SearchAnalyzers.hasChinese(TEXTS.get(i))) {
                    doc.add(new TextField(SearchAnalyzers.WORDS, TEXTS.get(i), Field.Store.NO));
                }
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    private static Set<Integer> found(String query) throws IOException {
        AliasExpander noAliases = new AliasExpander(List.of(), SearchAnalyzers.bigramsAndStems());
        Queries.Parsed parsed = Queries.parse(query, SearchAnalyzers.perFieldForQueries(), noAliases, term -> {
            try {
                return reader.docFreq(term);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        StoredFields stored = searcher.storedFields();
        Set<Integer> out = new TreeSet<>();
        for (ScoreDoc d : searcher.search(parsed.query(), 100).scoreDocs) {
            out.add(stored.document(d.doc).getField("n").numericValue().intValue());
        }
        return out;
    }

    @Test
    void theListedTermsAreTheIndexedForms() {
        assertTrue(CommonTerms.SET.contains("internet") && CommonTerms.SET.contains("confer"));
        assertTrue(CommonTerms.SET.contains("互联") && CommonTerms.SET.contains("大会"));
    }

    @Test
    void englishPhrasesThroughCommonTermsMatchExactlyWhereThePlainPhraseDoes() throws IOException {
        assertEquals(Set.of(0, 3), found("\"World Internet Conference\""));
        assertEquals(Set.of(1), found("\"world of the internet conference\""));
        assertEquals(Set.of(2, 9), found("\"internet world\""));
        assertEquals(Set.of(7), found("\"community of shared future\""));
        assertEquals(Set.of(8), found("\"community shared future\""));
        assertEquals(Set.of(0, 1, 2, 3, 9), found("internet"));
        assertEquals(Set.of(0, 1, 2, 3, 9), found("world internet conference"), "unquoted words need not be in a row");
    }

    @Test
    void chineseRunsMatchAsCharactersInARowNotAsWordsAcrossABreak() throws IOException {
        // SmartCN's words 世界 互联网 大会 follow each other in 5 and 6 too, across the space and the comma.
        assertEquals(Set.of(4), found("世界互联网大会"));
        assertEquals(Set.of(4, 5, 6), found("互联网"));
        assertEquals(Set.of(4, 6), found("\"互联网大会\""));
        assertEquals(Set.of(5), found("\"世界互联网 大会\""), "a space in a quoted phrase is a break in the run");
    }
}
