package org.wicexplorer.ui.present;

import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A bullet and its wrapped text with a hanging indent: every line of the text starts right of the
 * bullet, as a list on a slide should. Heights follow the width (an HBox under-reports wrapped text).
 */
final class HangingLine extends Region {
    private final Text lead;
    private final TextFlow body;

    HangingLine(Text lead, TextFlow body) {
        this.lead = lead;
        this.body = body;
        lead.setTextOrigin(VPos.BASELINE);
        getStyleClass().add("slide-hanging-line");
        getChildren().addAll(lead, body);
    }

    TextFlow body() {
        return body;
    }

    private double leadWidth() {
        return snapSizeX(lead.getLayoutBounds().getWidth());
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + leadWidth() + body.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + leadWidth() + body.minWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double bodyWidth = width < 0 ? -1
                : Math.max(0, width - snappedLeftInset() - snappedRightInset() - leadWidth());
        double h = Math.max(body.prefHeight(bodyWidth), lead.getLayoutBounds().getHeight());
        return snappedTopInset() + h + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double leadWidth = leadWidth();
        double bodyWidth = Math.max(0, getWidth() - left - snappedRightInset() - leadWidth);
        body.resizeRelocate(left + leadWidth, top, bodyWidth, body.prefHeight(bodyWidth));
        lead.setLayoutX(left);
        lead.setLayoutY(top + body.getBaselineOffset());
    }
}
