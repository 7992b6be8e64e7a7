package org.wicexplorer.userdata;

/** Where an item of the effective dataset comes from. */
public enum Provenance {
    /** As shipped with the app. */
    BUNDLED,
    /** Added by the user; not in the bundled data. */
    USER_MADE,
    /** Bundled, but the user's version replaces it. */
    CHANGED
}
