package org.wicexplorer.interchange;

/**
 * The largest files an import reads (docs/import-export.md, "Limits"). A bigger file is refused before
 * it is read, so a wrong choice of file cannot exhaust memory.
 */
public record InputLimits(long maxDocumentBytes, long maxDatasetBytes) {
    public static final long MB = 1024 * 1024;
    public static final InputLimits DEFAULT = new InputLimits(10 * MB, 20 * MB);
}
