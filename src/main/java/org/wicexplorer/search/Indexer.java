package org.wicexplorer.search;

import org.apache.lucene.index.IndexWriter;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.SourceDocument;
import org.wicexplorer.text.ReadableText;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Streams the seeds and the facts into an index writer: one document is made readable, cut into
 * passages and written before the next is read, so the clean texts are never all in memory at once.
 */
final class Indexer {
    private final IndexWriter writer;
    private final IndexProgress progress;
    private final int total;
    private int done;
    /** Each fact's key and fingerprint, in the order written; see {@link SearchIndex#update}. */
    private final java.util.Map<String, Long> facts = new java.util.LinkedHashMap<>();

    private Indexer(IndexWriter writer, IndexProgress progress, int total) {
        this.writer = writer;
        this.progress = progress;
        this.total = total;
    }

    /** Writes every seed's passages and every fact; returns each fact's key with its fingerprint. */
    static java.util.Map<String, Long> write(IndexWriter writer, Dataset dataset, SeedLibrary seeds, IndexProgress progress)
            throws IOException {
        int total = seeds.documents().size() + (dataset == null ? 0 : FactTexts.count(dataset));
        Indexer indexer = new Indexer(writer, progress, total);
        try {
            for (SourceDocument doc : seeds.documents()) {
                indexer.seed(doc, seeds.text(doc.id()));
            }
            if (dataset != null) {
                FactTexts.forEach(dataset, indexer::fact);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return indexer.facts;
    }

    /** Writes one document's passages (after an update deleted its old ones). */
    static void seed(IndexWriter writer, SourceDocument doc, String raw) throws IOException {
        try {
            new Indexer(writer, IndexProgress.NONE, 1).seed(doc, raw);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void seed(SourceDocument doc, String raw) {
        ReadableText text = ReadableText.of(raw);
        Passages.forEach(text, p -> add(IndexFields.passage(doc.id(), doc.title(), p, p.range().of(text.clean()))));
        progress.update(++done, total, doc.id());
    }

    private void fact(FactTexts.Unit unit) {
        if (facts.putIfAbsent(unit.key(), unit.fingerprint()) != null) {
            // Two facts of a kind with one id: the dataset check refuses that; index the first only, as an update would.
            progress.update(++done, total, unit.kind().label() + " " + unit.id());
            return;
        }
        if (!unit.text().isEmpty()) {
            add(IndexFields.fact(unit.key(), unit.kind(), unit.id(), unit.title(), unit.editions(), unit.text()));
        }
        progress.update(++done, total, unit.kind().label() + " " + unit.id());
    }

    private void add(Iterable<? extends org.apache.lucene.index.IndexableField> doc) {
        try {
            writer.addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
