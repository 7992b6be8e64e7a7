package org.wicexplorer.interchange;

import org.wicexplorer.model.SourceDocument;

/** A document about to join the corpus: its entry in the sources index and its text. */
public record NewDocument(SourceDocument entry, String text) {
}
