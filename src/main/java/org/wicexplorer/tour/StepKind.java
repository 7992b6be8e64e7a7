package org.wicexplorer.tour;

/** What a tour step puts on the screen. */
public enum StepKind {
    /** An edition: year, label, theme, key points and its main controversy. */
    EDITION,
    /** A controversy with each party's perspective side by side. */
    CONTROVERSY,
    /** A citation's verbatim quote with its source. */
    QUOTE,
    /** A passage of a seed document with the document's name. */
    PASSAGE
}
