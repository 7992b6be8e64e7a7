package org.wicexplorer.data;

/**
 * One thing wrong with an input file, at a 1-based line and column. Printed as {@code FILE:LINE:COLUMN: message};
 * a line of 0 means the file as a whole (e.g. a rule the combined data breaks) and prints {@code FILE: message}.
 */
public record Problem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return line <= 0 ? file + ": " + message : file + ":" + line + ":" + column + ": " + message;
    }
}
