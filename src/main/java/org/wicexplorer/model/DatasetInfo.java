package org.wicexplorer.model;

/** What a dataset file says about itself. */
public record DatasetInfo(String title, String compiled, Text note) {
}
