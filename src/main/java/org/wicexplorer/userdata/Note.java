package org.wicexplorer.userdata;

import java.time.Instant;

/** A user's note on an edition, e.g. a teacher's notes for a lesson. One note per edition. */
public record Note(String edition, String text, Instant updated) {
}
