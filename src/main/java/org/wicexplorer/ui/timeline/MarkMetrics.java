package org.wicexplorer.ui.timeline;

import javafx.scene.text.Font;

/**
 * Fonts and sizes of one lane's marks, read once per layout pass from a prototype mark after CSS. Marks are
 * laid out from these numbers instead of asking each label for its preferred size on every frame.
 *
 * @param nameInsets horizontal padding of the name label (plus a pixel of slack); likewise for the others
 */
record MarkMetrics(Font nameFont, Font detailFont, Font titleFont, double nameInsets, double detailInsets,
                   double titleInsets, double badgeWidth, double barHeight, double glyphWidth, double gapBelowBar,
                   double nameHeight, double detailHeight, double titleHeight) {

    /** A point lane's row: glyph, gap, one line of text. */
    double rowHeight() {
        return barHeight + gapBelowBar + nameHeight;
    }

    double textBlockHeight() {
        return nameHeight + detailHeight + titleHeight;
    }

    /** A bars-with-text lane with {@code rows} staggered rows of text under one row of bars. */
    double barsWithTextHeight(int rows) {
        return barHeight + gapBelowBar + rows * textBlockHeight();
    }
}
