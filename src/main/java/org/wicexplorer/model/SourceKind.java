package org.wicexplorer.model;

/** What sort of text a source document is. */
public enum SourceKind {
    ENCYCLOPEDIA_ARTICLE, ORGANISER_PAGE, REPORT, SPEECH, IMPORTED
}
