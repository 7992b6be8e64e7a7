package org.wicexplorer.model;

/**
 * Evidence for a fact: a short verbatim quote, either from a seed document ({@code document}) or from
 * a web page ({@code url}, {@code publisher}, {@code date}).
 */
public record Citation(String id, String document, String url, String publisher, String title, String date,
                       String quote, Confidence confidence, String note) {

    public boolean isSeed() {
        return document != null;
    }
}
