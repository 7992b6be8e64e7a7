/**
 * The printable handout: a PDF with a cover and one or more pages per edition, its facts in one
 * language, its theme in both, and every citation as a footnote. Written with Apache PDFBox; no JavaFX,
 * so the command line can write it with no display.
 */
package org.wicexplorer.handout;
