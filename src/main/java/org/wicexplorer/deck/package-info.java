/**
 * The tour as a deck of slides that leaves the app: {@link org.wicexplorer.deck.DeckContent} turns each
 * tour step into what its slide says (toolkit-free, one language), {@link org.wicexplorer.deck.DeckLayout}
 * sizes and wraps it on a 16:9 page, and two writers put it in a file: {@link org.wicexplorer.deck.PptxDeckWriter}
 * (Apache POI, editable text boxes and speaker notes) and {@link org.wicexplorer.deck.PdfDeckWriter} (PDFBox,
 * the handout's embedded Noto Sans CJK subsets). No JavaFX, so the command line writes decks with no display.
 */
package org.wicexplorer.deck;
