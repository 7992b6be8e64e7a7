/**
 * Export and print: the timeline as a PNG at any width, the PDF handout (written by
 * {@link org.wicexplorer.handout.HandoutWriter}) and printing, from the status bar's Export menu and
 * from the command line.
 */
package org.wicexplorer.ui.export;
