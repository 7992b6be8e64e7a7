package org.wicexplorer.ui;

import org.wicexplorer.model.Citation;

/** What a view can ask the main window to do, so that views never reach into each other. */
public interface Navigator {

    /** Selects an edition on the timeline and shows it in the detail panes. */
    void showEdition(String editionId);

    /** Opens the evidence behind a fact: a seed document at the quoted passage, or the web source's details. */
    void showCitation(Citation citation);

    /** Opens a seed document in the reader, at the top. */
    void openDocument(String seedId);

    /** Shows a person's appearances across all editions. */
    void showPerson(String personId);

    /** Opens a web address in the system browser; only ever called from a user's click. */
    void browse(String url);
}
