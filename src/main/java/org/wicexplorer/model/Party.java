package org.wicexplorer.model;

/** Whose view a perspective on a controversy gives. */
public enum Party {
    ORGANISERS, CRITICS, PRESS, PARTICIPANTS
}
