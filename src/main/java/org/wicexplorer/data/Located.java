package org.wicexplorer.data;

/** A value read from the file, with the JSON Pointer it was read from. */
record Located<T>(T value, String pointer) {
}
