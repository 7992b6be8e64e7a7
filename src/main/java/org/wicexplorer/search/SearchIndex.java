package org.wicexplorer.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
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
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
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
 * {@code ByteBuffersDirectory} would fill with a second copy of the corpus. It is read through one
 * {@link DirectoryReader} and one {@link IndexSearcher}, opened once: the index never changes after
 * it is built (a new dataset means a new index), so there is nothing to refresh.
 */
public final class SearchIndex implements AutoCloseable {
    private static final String FOLDER_PREFIX = "wic-search-";
    private static final double RAM_BUFFER_MB = 64;

    private final Path folder;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer queryAnalyzer;
    private final SnippetHighlighter highlighter;
    private final AliasExpander aliases;
    private final List<Edition> editions;
    private final List<SourceDocument> seeds;

    private SearchIndex(Path folder, Directory directory, Analyzer analyzer, AliasExpander aliases,
                        List<Edition> editions, List<SourceDocument> seeds) throws IOException {
        this.folder = folder;
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.queryAnalyzer = SearchAnalyzers.perFieldForQueries();
        this.highlighter = new SnippetHighlighter(searcher, analyzer);
        this.aliases = aliases;
        this.editions = editions;
        this.seeds = seeds;
    }

    /**
     * Indexes every seed document and, when {@code dataset} is not null, every fact, reporting progress
     * as it goes. Blocks until done; see {@link #buildInBackground}.
     */
    public static SearchIndex build(Dataset dataset, SeedLibrary seeds, IndexProgress progress) throws IOException {
        Path folder = Files.createTempDirectory(FOLDER_PREFIX);
        Directory directory = null;
        try {
            directory = FSDirectory.open(folder);
            Analyzer analyzer = SearchAnalyzers.perField();
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                Indexer.write(writer, dataset, seeds, progress);
                // One segment: every query then visits one term dictionary instead of several.
                writer.forceMerge(1);
            }
            return new SearchIndex(folder, directory, analyzer, AliasExpander.of(dataset),
                    dataset == null ? List.of() : dataset.editions(), seeds.documents());
        } catch (IOException | RuntimeException e) {
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
        Queries.Parsed parsed = parse(query);
        if (parsed == null || limit <= 0 || kinds.isEmpty()) {
            return SearchResults.empty(query);
        }
        try {
            TopDocs top = searcher.search(onlyKinds(parsed.query(), kinds), limit);
            int[] docIds = Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
            Snippet[] snippets = highlighter.snippets(parsed.query(), docIds);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>(docIds.length);
            for (int i = 0; i < docIds.length; i++) {
                ScoreDoc d = top.scoreDocs[i];
                hits.add(hit(d, snippets[i], stored));
            }
            return new SearchResults(query, parsed.alsoSearched(), top.totalHits.value, hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How often the query matches per edition and per seed document; see {@link TermTrend}. */
    public TermTrend trend(String query) {
        Queries.Parsed parsed = parse(query);
        TrendCounter counts = new TrendCounter();
        if (parsed != null) {
            try {
                counts = searcher.search(parsed.query(), TrendCounter.manager());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return TermTrend.of(query, editions, seeds, counts.perEdition, counts.perSeed);
    }

    /** How many passages and facts are indexed. */
    public int size() {
        return reader.numDocs();
    }

    private Queries.Parsed parse(String query) {
        return query == null || query.isBlank() ? null : Queries.parse(query.strip(), queryAnalyzer, aliases, this::docFreq);
    }

    private int docFreq(org.apache.lucene.index.Term term) {
        try {
            return reader.docFreq(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
    public void close() throws IOException {
        try {
            reader.close();
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
