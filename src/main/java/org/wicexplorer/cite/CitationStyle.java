package org.wicexplorer.cite;

/**
 * How a copied citation is written: a plain line anyone can read, the Chicago Manual of Style's
 * notes-bibliography note (17th ed.), or China's national standard GB/T 7714-2015.
 */
public enum CitationStyle {
    PLAIN, CHICAGO, GBT_7714
}
