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

    private Indexer(IndexWriter writer, IndexProgress progress, int total) {
        this.writer = writer;
        this.progress = progress;
        this.total = total;
    }

    static void write(IndexWriter writer, Dataset dataset, SeedLibrary seeds, IndexProgress progress)
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
    }

    private void seed(SourceDocument doc, String raw) {
        ReadableText text = ReadableText.of(raw);
        Passages.forEach(text, p -> add(IndexFields.passage(doc.id(), doc.title(), p, p.range().of(text.clean()))));
        progress.update(++done, total, doc.id());
    }

    private void fact(FactTexts.Unit unit) {
        if (!unit.text().isEmpty()) {
            add(IndexFields.fact(unit.kind(), unit.id(), unit.title(), unit.editions(), unit.text()));
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
