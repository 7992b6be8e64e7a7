package org.wicexplorer.model;

/** How a person took part in an edition. */
public enum Role {
    KEYNOTE, OPENING_CHAIR, VIDEO_MESSAGE, LETTER, SPEAKER, CLOSING_SPEECH, GUEST, MEETING
}
