/** WIC Timeline Explorer: model, data, search and the JavaFX user interface. */
module org.wicexplorer {
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.dataformat.csv;
    // HTML in imported TimelineJS text (ADR 0017); an explicit module, so jlink takes it as it is.
    requires org.jsoup;
    requires java.prefs;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;
    requires org.apache.lucene.analysis.smartcn;
    requires org.apache.lucene.queryparser;
    requires org.apache.lucene.highlighter;
    requires org.apache.pdfbox;
    // HandoutFonts parses the bundled font itself, to turn PDFBox's ligatures off (ADR 0013).
    requires org.apache.fontbox;
    requires org.apache.pdfbox.io;
    // The tour as PowerPoint slides (org.wicexplorer.deck, ADR 0013).
    requires org.apache.poi.ooxml;
    // Citations from CSL styles; BibTeX export (ADR 0012). Both are given module descriptors for jlink.
    requires citeproc.java;
    requires jbibtex;
    // ImageIO writes the timeline PNG; PDFBox needs AWT geometry anyway.
    requires java.desktop;
    // To quieten a harmless font warning PDFBox logs on every handout (HandoutFonts).
    requires java.logging;
    // Lucene reads JVM internals through it; without it Lucene logs a warning on every start (pitfall P13).
    requires jdk.management;

    opens org.wicexplorer.model to com.fasterxml.jackson.databind;
    opens org.wicexplorer.data to com.fasterxml.jackson.databind;
    opens org.wicexplorer.userdata to com.fasterxml.jackson.databind;

    exports org.wicexplorer.app to javafx.graphics;
}
