package org.wicexplorer.model;

/** Which kind of fact the sources disagree about. */
public enum ConflictSubject {
    DATES, THEME, PEOPLE, ATTENDANCE, ORGANISERS, OTHER
}
