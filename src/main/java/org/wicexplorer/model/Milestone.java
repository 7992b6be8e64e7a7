package org.wicexplorer.model;

import java.time.LocalDate;

/** A dated event that is not an edition, e.g. WIC becoming an international organisation. */
public record Milestone(String id, LocalDate date, String edition, Text title, Fact summary) {
}
