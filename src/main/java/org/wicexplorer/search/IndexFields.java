package org.wicexplorer.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.wicexplorer.model.Text;

import java.util.List;
import java.util.Set;

/**
 * The fields of an index document, one document per passage or fact:
 * <ul>
 *   <li>{@code kind} (indexed keyword, stored), {@code id}, {@code title_en}, {@code title_zh} (stored);</li>
 *   <li>{@link SearchAnalyzers#TEXT}: the text, stored once, indexed as bigrams and stems;</li>
 *   <li>{@link SearchAnalyzers#WORDS}: the same text's Chinese words (SmartCN), not stored again, and only
 *   when the text has Chinese in it;</li>
 *   <li>passages: {@code seed} (doc values, for trends), {@code start}, {@code end}, {@code section};</li>
 *   <li>facts: {@code edition} (stored and doc values, for trends; a person has several);</li>
 *   <li>{@code key}: what {@link SearchIndex#update} replaces a document's passages or a fact by.</li>
 * </ul>
 * Both text fields keep offsets in their postings, so highlighting never re-analyses text.
 */
final class IndexFields {
    static final String KIND = "kind";
    static final String ID = "id";
    static final String TITLE_EN = "title_en";
    static final String TITLE_ZH = "title_zh";
    static final String SEED = "seed";
    static final String START = "start";
    static final String END = "end";
    static final String SECTION = "section";
    static final String EDITION = "edition";
    /**
     * What an update replaces or deletes by (indexed keyword, not stored): {@code seed:ID} for every passage
     * of a document, {@code KIND:ID} for a fact.
     */
    static final String KEY = "key";
    /** What a hit needs besides its snippet: every stored field but the text, which can be long. */
    static final Set<String> HIT_FIELDS = Set.of(KIND, ID, TITLE_EN, TITLE_ZH, START, END, SECTION, EDITION);

    private static final FieldType STORED_TEXT = textType(true);
    private static final FieldType INDEXED_TEXT = textType(false);

    private IndexFields() {
    }

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    static String seedKey(String seed) {
        return "seed:" + seed;
    }

    static Document passage(String seed, Text title, Passages.Passage passage, String text) {
        Document doc = common(HitKind.PASSAGE, seed, title, text);
        doc.add(new StringField(KEY, seedKey(seed), Field.Store.NO));
        doc.add(new SortedDocValuesField(SEED, new BytesRef(seed)));
        doc.add(new StoredField(START, passage.range().start()));
        doc.add(new StoredField(END, passage.range().end()));
        if (passage.section() != null) {
            doc.add(new StoredField(SECTION, passage.section()));
        }
        return doc;
    }

    static Document fact(String key, HitKind kind, String id, Text title, List<String> editions, String text) {
        Document doc = common(kind, id, title, text);
        doc.add(new StringField(KEY, key, Field.Store.NO));
        for (String edition : editions) {
            doc.add(new StoredField(EDITION, edition));
            doc.add(new SortedSetDocValuesField(EDITION, new BytesRef(edition)));
        }
        return doc;
    }

    private static Document common(HitKind kind, String id, Text title, String text) {
        Document doc = new Document();
        doc.add(new StringField(KIND, kind.name(), Field.Store.YES));
        doc.add(new StoredField(ID, id));
        if (title != null && title.en() != null) {
            doc.add(new StoredField(TITLE_EN, title.en()));
        }
        if (title != null && title.zh() != null) {
            doc.add(new StoredField(TITLE_ZH, title.zh()));
        }
        doc.add(new Field(SearchAnalyzers.TEXT, text, STORED_TEXT));
        if (SearchAnalyzers.hasChinese(text)) {
            doc.add(new Field(SearchAnalyzers.WORDS, text, INDEXED_TEXT));
        }
        return doc;
    }
}
