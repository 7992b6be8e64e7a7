package org.wicexplorer.model;

/** What sort of document an edition released or discussed. */
public enum DocumentKind {
    DECLARATION, INITIATIVE, REPORT, CONCEPT_PAPER, SPEECH, WHITE_PAPER, OUTCOME
}
