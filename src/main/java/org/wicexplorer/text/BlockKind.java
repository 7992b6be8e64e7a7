package org.wicexplorer.text;

/** What a block of readable text is, so a reader can style it. */
public enum BlockKind {
    HEADING, PARAGRAPH, LIST_ITEM, REFERENCE
}
