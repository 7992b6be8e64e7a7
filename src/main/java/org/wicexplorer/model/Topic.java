package org.wicexplorer.model;

/** A subject that editions, controversies and documents are tagged with, e.g. cyber sovereignty. */
public record Topic(String id, Text label) {
}
