package org.wicexplorer.ui.present;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Holds one slide and keeps all of it on the screen: a slide taller than the space is shrunk as a
 * whole, never cut off, so a long theme or a large scale setting costs size rather than content.
 */
final class SlideFit extends Region {
    /**
     * Below this the type is too small to read anyway, so a longer slide is cut off rather than shrunk.
     * Low enough that a full slide at the largest type scale (twice the normal size) still fits whole.
     */
    private static final double MIN_SCALE = 0.2;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private Node slide;

    SlideFit() {
        getStyleClass().add("slide-fit");
        setMinSize(0, 0);
    }

    Node slide() {
        return slide;
    }

    void setSlide(Node node) {
        if (slide != null) {
            slide.getTransforms().remove(scale);
        }
        slide = node;
        if (node == null) {
            getChildren().clear();
        } else {
            node.getTransforms().add(scale);
            getChildren().setAll(node);
        }
        requestLayout();
    }

    double currentScale() {
        return scale.getX();
    }

    @Override
    protected void layoutChildren() {
        if (slide == null) {
            return;
        }
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        if (width <= 0 || height <= 0) {
            return;
        }
        double s = fittingScale(width, height);
        scale.setX(s);
        scale.setY(s);
        slide.resizeRelocate(snappedLeftInset(), snappedTopInset(), width / s, height / s);
    }

    /**
     * The largest scale at which the slide, laid out at the wider width it gets once shrunk, fits the
     * height. Shrinking lets lines grow longer and wrap less, so the answer is found by bisection.
     */
    private double fittingScale(double width, double height) {
        if (slide.prefHeight(width) <= height) {
            return 1;
        }
        double low = MIN_SCALE;
        double high = 1;
        for (int i = 0; i < 10; i++) {
            double mid = (low + high) / 2;
            if (slide.prefHeight(width / mid) * mid <= height) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }
}
