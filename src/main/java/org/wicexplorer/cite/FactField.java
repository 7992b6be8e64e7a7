package org.wicexplorer.cite;

/** Which kind of statement of the dataset a citation supports, so a passage can say what rests on it. */
public enum FactField {
    EDITION_NAME, DATES, VENUE, THEME, ATTENDANCE, SESSIONS, SUMMARY, KEY_POINT,
    APPEARANCE, CONTROVERSY, PERSPECTIVE, DOCUMENT, MILESTONE, CONFLICT_CLAIM, ERA
}
