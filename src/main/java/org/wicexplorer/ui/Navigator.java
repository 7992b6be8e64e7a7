package org.wicexplorer.ui;

import org.wicexplorer.model.Citation;
import org.wicexplorer.text.TextRange;

import java.util.List;

/**
 * What a view can ask the main window to do, so that views never reach into each other: features are handed
 * a navigator, never the tab pane or the reader.
 */
public interface Navigator {

    /** Shows a destination in the detail area: the tab is chosen from it, never by index. */
    void show(Destination destination);

    /** Opens a passage of a seed document in the reader, with the given words highlighted. */
    void showPassage(String seedId, TextRange passage, List<TextRange> highlights);

    /** Opens find in the reader's document; false when no document is open. */
    boolean findInDocument();

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
