package org.wicexplorer.model;

import java.util.List;

/** An entry of the sources index: a full-text document the app ships, and what is known about it. */
public record SourceDocument(String id, String file, Text title, Language language, SourceKind kind, String date,
                             String dateNote, String origin, String publisher, String licence,
                             List<String> editions) {

    public SourceDocument {
        editions = ModelLists.copy(editions);
    }
}
