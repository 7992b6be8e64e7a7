package org.wicexplorer.search;

import java.util.Locale;

/** What a search hit is. Results are grouped in this order: facts first, then document passages. */
public enum HitKind {
    EDITION, PERSON, CONTROVERSY, CONFLICT, DOCUMENT, MILESTONE, PASSAGE;

    /** The lower-case name used on the command line, e.g. "passage". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
