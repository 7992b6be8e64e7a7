package org.wicexplorer.data;

/** One thing wrong with an input file, at a 1-based line and column. Printed as {@code FILE:LINE:COLUMN: message}. */
public record Problem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
