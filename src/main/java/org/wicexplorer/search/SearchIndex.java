package org.wicexplorer.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.apache.lucene.util.BytesRef;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.SourceDocument;
import org.wicexplorer.model.Text;
import org.wicexplorer.text.TextRange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Full-text search over the seed documents (passage by passage) and the dataset's facts, in English
 * and Chinese. Build it once, off the UI thread; then {@link #search} and {@link #trend} may be called
 * from any number of threads at once. Close it to free the index.
 *
 * <p>The index lives in a fresh temporary folder opened as an {@link FSDirectory} (memory-mapped on
 * 64-bit JVMs): a large corpus then costs page cache rather than Java heap, which a
 * {@code ByteBuffersDirectory} would fill with a second copy of the corpus. Only the small segments an
 * update flushes are kept in memory ({@link NRTCachingDirectory}), until merged into larger ones.
 *
 * <p>After an edit or an import, {@link #update} re-indexes only the facts and documents that changed
 * ({@code updateDocument}/{@code deleteDocuments} by each one's key) on the writer kept open, and a
 * {@link SearcherManager} swaps in a near-real-time searcher: queries running meanwhile finish on the
 * searcher they started with, so search keeps answering during an update.
 */
public final class SearchIndex implements AutoCloseable {
    private static final String FOLDER_PREFIX = "wic-search-";
    private static final double RAM_BUFFER_MB = 64;
    /** Segments up to this size, made by an update, are kept in memory (NRTCachingDirectory) ... */
    private static final double NRT_SEGMENT_MB = 4;
    /** ... as long as all of them together stay under this. */
    private static final double NRT_CACHE_MB = 16;

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private final Analyzer queryAnalyzer;
    /** The highlighter of the searcher queries use now; a new one only after an update swaps the searcher. */
    private volatile Highlighting highlighting;

    private record Highlighting(IndexSearcher searcher, SnippetHighlighter highlighter) {
    }

    /** What the index was last built or updated from: read by queries, replaced whole by an update. */
    private volatile Corpus corpus;

    /** The dataset-derived parts queries need, and what was indexed, to tell what an update changes. */
    private record Corpus(AliasExpander aliases, List<Edition> editions, List<SourceDocument> seeds,
                          Map<String, Long> facts, Dataset dataset) {
    }

    /** What an update did: how many index entries (facts, documents) it rewrote and deleted. */
    public record Update(int factsRewritten, int factsDeleted, int documentsRewritten, int documentsDeleted) {
        public int total() {
            return factsRewritten + factsDeleted + documentsRewritten + documentsDeleted;
        }
    }

    private SearchIndex(Path folder, Directory directory, IndexWriter writer, Analyzer analyzer, Corpus corpus)
            throws IOException {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.analyzer = analyzer;
        this.queryAnalyzer = SearchAnalyzers.perFieldForQueries();
        this.corpus = corpus;
    }

    /**
     * Indexes every seed document and, when {@code dataset} is not null, every fact, reporting progress
     * as it goes. Blocks until done; see {@link #buildInBackground}.
     */
    public static SearchIndex build(Dataset dataset, SeedLibrary seeds, IndexProgress progress) throws IOException {
        Path folder = Files.createTempDirectory(FOLDER_PREFIX);
        Directory directory = null;
        IndexWriter writer = null;
        try {
            // Small new segments (an edit's, an import's) stay in memory until merged into large ones: the
            // searcher an update swaps in is opened without writing and reading back files on a busy disk.
            directory = new NRTCachingDirectory(FSDirectory.open(folder), NRT_SEGMENT_MB, NRT_CACHE_MB);
            Analyzer analyzer = SearchAnalyzers.perField();
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB);
            writer = new IndexWriter(directory, config);
            Map<String, Long> facts = Indexer.write(writer, dataset, seeds, progress);
            // One segment: every query then visits one term dictionary instead of several.
            writer.forceMerge(1);
            writer.commit();
            return new SearchIndex(folder, directory, writer, analyzer, new Corpus(AliasExpander.of(dataset),
                    dataset == null ? List.of() : dataset.editions(), seeds.documents(), facts, dataset));
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                writer.rollback();
            }
            if (directory != null) {
                directory.close();
            }
            delete(folder);
            throw e;
        }
    }

    /** {@link #build} on a daemon thread of its own; the future fails with whatever stopped the build. */
    public static CompletableFuture<SearchIndex> buildInBackground(Dataset dataset, SeedLibrary seeds,
                                                                  IndexProgress progress) {
        CompletableFuture<SearchIndex> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(build(dataset, seeds, progress));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "search-index");
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /** The best {@code limit} hits of every kind. */
    public SearchResults search(String query, int limit) {
        return search(query, limit, EnumSet.allOf(HitKind.class));
    }

    /** The best {@code limit} hits of the given kinds. A blank query finds nothing. */
    public SearchResults search(String query, int limit, Set<HitKind> kinds) {
        if (query == null || query.isBlank() || limit <= 0 || kinds.isEmpty()) {
            return SearchResults.empty(query);
        }
        IndexSearcher searcher = acquire();
        try {
            Queries.Parsed parsed = parse(query, searcher);
            if (parsed == null) {
                return SearchResults.empty(query);
            }
            TopDocs top = searcher.search(onlyKinds(parsed.query(), kinds), limit);
            int[] docIds = Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
            Snippet[] snippets = highlighter(searcher).snippets(parsed.query(), docIds);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>(docIds.length);
            for (int i = 0; i < docIds.length; i++) {
                ScoreDoc d = top.scoreDocs[i];
                hits.add(hit(d, snippets[i], stored));
            }
            return new SearchResults(query, parsed.alsoSearched(), top.totalHits.value, hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /** How often the query matches per edition and per seed document; see {@link TermTrend}. */
    public TermTrend trend(String query) {
        Corpus now = corpus;
        TrendCounter counts = new TrendCounter();
        IndexSearcher searcher = acquire();
        try {
            Queries.Parsed parsed = query == null || query.isBlank() ? null : parse(query, searcher);
            if (parsed != null) {
                counts = searcher.search(parsed.query(), TrendCounter.manager());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
        return TermTrend.of(query, now.editions(), now.seeds(), counts.perEdition, counts.perSeed);
    }

    /** How many passages and facts are indexed. */
    public int size() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    /**
     * Brings the index up to a new dataset and seed library, re-indexing only what changed: a fact whose
     * indexed text, title or editions differ is replaced, one that is gone is deleted, and a document that is
     * new or whose record changed has its passages written again. Queries go on meanwhile on the searcher
     * they hold; the next query sees the update. One update at a time; from any thread.
     */
    public synchronized Update update(Dataset dataset, SeedLibrary seeds) throws IOException {
        Corpus before = corpus;
        Map<String, Long> facts = new LinkedHashMap<>();
        int[] factsRewritten = {0};
        List<FactTexts.Unit> changed = new ArrayList<>();
        if (dataset != null) {
            // A fact's text is made from its record, the topics' labels and (a person's) the appearances: with
            // those lists unchanged, a record that is the very object indexed last time has the same fact, and
            // its text and fingerprint need not be made again (an edit replaces only the records it changes).
            Set<Object> indexedRecords = Collections.newSetFromMap(new IdentityHashMap<>());
            Dataset previous = before.dataset();
            if (previous != null && same(previous.topics(), dataset.topics())
                    && same(previous.appearances(), dataset.appearances())) {
                Stream.of(previous.editions(), previous.people(), previous.controversies(), previous.conflicts(),
                        previous.documents(), previous.milestones()).forEach(indexedRecords::addAll);
            }
            FactTexts.forEach(dataset, (key, record) -> indexedRecords.contains(record)
                    && before.facts().containsKey(key), unit -> {
                long fingerprint = unit.fingerprint();
                if (facts.putIfAbsent(unit.key(), fingerprint) == null
                        && !Long.valueOf(fingerprint).equals(before.facts().get(unit.key()))) {
                    changed.add(unit);
                }
            }, key -> facts.putIfAbsent(key, before.facts().get(key)));
        }
        for (FactTexts.Unit unit : changed) {
            Term key = new Term(IndexFields.KEY, unit.key());
            if (unit.text().isEmpty()) {
                writer.deleteDocuments(key);
            } else {
                writer.updateDocument(key, IndexFields.fact(unit.key(), unit.kind(), unit.id(), unit.title(),
                        unit.editions(), unit.text()));
            }
            factsRewritten[0]++;
        }
        int factsDeleted = 0;
        for (String key : before.facts().keySet()) {
            if (!facts.containsKey(key)) {
                writer.deleteDocuments(new Term(IndexFields.KEY, key));
                factsDeleted++;
            }
        }
        Map<String, SourceDocument> indexed = new HashMap<>();
        before.seeds().forEach(d -> indexed.put(d.id(), d));
        int documentsRewritten = 0;
        Set<String> present = new HashSet<>();
        for (SourceDocument doc : seeds.documents()) {
            present.add(doc.id());
            if (!doc.equals(indexed.get(doc.id()))) {
                writer.deleteDocuments(new Term(IndexFields.KEY, IndexFields.seedKey(doc.id())));
                Indexer.seed(writer, doc, seeds.text(doc.id()));
                documentsRewritten++;
            }
        }
        int documentsDeleted = 0;
        for (String id : indexed.keySet()) {
            if (!present.contains(id)) {
                writer.deleteDocuments(new Term(IndexFields.KEY, IndexFields.seedKey(id)));
                documentsDeleted++;
            }
        }
        Update update = new Update(factsRewritten[0], factsDeleted, documentsRewritten, documentsDeleted);
        // The aliases come from the alias groups, people and topics: an edit of anything else keeps them.
        AliasExpander aliases = sameAliasSources(before.dataset(), dataset) ? before.aliases() : AliasExpander.of(dataset);
        corpus = new Corpus(aliases, dataset == null ? List.of() : dataset.editions(), seeds.documents(), facts, dataset);
        if (update.total() > 0) {
            searchers.maybeRefreshBlocking();
        }
        return update;
    }

    private static boolean sameAliasSources(Dataset a, Dataset b) {
        return a != null && b != null && same(a.aliases(), b.aliases()) && same(a.people(), b.people())
                && same(a.topics(), b.topics());
    }

    /** Equal lists, told cheaply when they hold the very same records (an edit replaces only what it changes). */
    private static boolean same(List<?> a, List<?> b) {
        if (a == b) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i) && !a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** One highlighter per searcher, as before updates existed: built again only when the searcher changes. */
    private SnippetHighlighter highlighter(IndexSearcher searcher) {
        Highlighting h = highlighting;
        if (h == null || h.searcher() != searcher) {
            h = new Highlighting(searcher, new SnippetHighlighter(searcher, analyzer));
            highlighting = h;
        }
        return h.highlighter();
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Queries.Parsed parse(String query, IndexSearcher searcher) {
        return Queries.parse(query.strip(), queryAnalyzer, corpus.aliases(), term -> {
            try {
                return searcher.getIndexReader().docFreq(term);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Query onlyKinds(Query query, Set<HitKind> kinds) {
        if (kinds.containsAll(EnumSet.allOf(HitKind.class))) {
            return query;
        }
        List<BytesRef> names = kinds.stream().map(k -> new BytesRef(k.name())).toList();
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(IndexFields.KIND, names), BooleanClause.Occur.FILTER)
                .build();
    }

    private static SearchHit hit(ScoreDoc scored, Snippet snippet, StoredFields stored) throws IOException {
        Document doc = stored.document(scored.doc, IndexFields.HIT_FIELDS);
        HitKind kind = HitKind.valueOf(doc.get(IndexFields.KIND));
        String id = doc.get(IndexFields.ID);
        Text title = new Text(doc.get(IndexFields.TITLE_EN), doc.get(IndexFields.TITLE_ZH));
        if (snippet == null) {
            // A match the highlighter cannot place (a wildcard past its limit): show the text's start.
            String text = stored.document(scored.doc, Set.of(SearchAnalyzers.TEXT)).get(SearchAnalyzers.TEXT);
            snippet = new Snippet(text.substring(0, Math.min(text.length(), SnippetHighlighter.SNIPPET_MAX)), 0, List.of());
        }
        HitTarget target;
        if (kind == HitKind.PASSAGE) {
            int start = doc.getField(IndexFields.START).numericValue().intValue();
            int end = doc.getField(IndexFields.END).numericValue().intValue();
            int shift = start + snippet.offset();
            List<TextRange> highlights = snippet.highlights().stream().map(r -> r.shift(shift)).toList();
            target = new PassageTarget(id, new TextRange(start, end), highlights, doc.get(IndexFields.SECTION));
        } else {
            target = new FactTarget(kind, id, Arrays.asList(doc.getValues(IndexFields.EDITION)));
            snippet = snippet.lineOfFirstMatch();
        }
        return new SearchHit(kind, id, scored.score, title, snippet, target);
    }

    /** Closes the index and deletes its folder. Searching a closed index throws. */
    @Override
    public synchronized void close() throws IOException {
        try {
            searchers.close();
            // Nothing after the build was committed, and the folder goes: no need to write it down.
            writer.rollback();
            directory.close();
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The folder holding the index files, for tests and diagnostics. */
    Path folder() {
        return folder;
    }
}
