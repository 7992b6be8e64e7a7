package org.wicexplorer.ui.reader;

/**
 * The kinds of marks a reader draws behind the text, from back to front. Each has a style class;
 * cited passages are drawn as an underline so that highlights on top of them stay readable.
 */
enum MarkLayer {
    CITED("cited-passage-mark", true),
    ANNOTATION("user-annotation-mark", true),
    PASSAGE("passage-context", false),
    FIND("find-match", false),
    FIND_CURRENT("find-match-current", false),
    HIGHLIGHT("passage-highlight", false),
    SELECTION("reader-selection", false);

    final String styleClass;
    final boolean underline;

    MarkLayer(String styleClass, boolean underline) {
        this.styleClass = styleClass;
        this.underline = underline;
    }
}
