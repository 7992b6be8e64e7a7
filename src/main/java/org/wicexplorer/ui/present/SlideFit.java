package org.wicexplorer.ui.present;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds one slide and keeps all of it on the screen: a slide taller than the space is shrunk as a
 * whole, never cut off, so a long theme costs size rather than content.
 *
 * <p>Larger type ({@link #typeScaleProperty() the type scale} above 1) must really be larger, so on a
 * slide too full for it the slide is not shrunk back: it keeps the size the scale asks for and
 * continues on a second screen (and a third…), broken between lines, never through one.
 */
final class SlideFit extends Region {
    /**
     * Below this the type is too small to read anyway, so a longer slide is cut off rather than shrunk.
     * Low enough that a full slide at 1024×768 still fits whole.
     */
    private static final double MIN_SCALE = 0.2;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate scroll = new Translate();
    private final Rectangle clip = new Rectangle();
    private final DoubleProperty typeScale = new SimpleDoubleProperty(this, "typeScale", 1);
    private final IntegerProperty page = new SimpleIntegerProperty(this, "page", 0);
    private final IntegerProperty pages = new SimpleIntegerProperty(this, "pages", 1);
    /** Where each screen of a continued slide starts, in the slide's own coordinates. */
    private List<Double> breaks = List.of(0.0);
    private Node slide;

    SlideFit() {
        getStyleClass().add("slide-fit");
        setMinSize(0, 0);
        setClip(clip);
        typeScale.addListener((obs, o, n) -> {
            page.set(0);
            requestLayout();
        });
        page.addListener((obs, o, n) -> requestLayout());
    }

    Node slide() {
        return slide;
    }

    void setSlide(Node node) {
        if (slide != null) {
            slide.getTransforms().removeAll(scale, scroll);
        }
        slide = node;
        setPages(List.of(0.0), 0);
        if (node == null) {
            getChildren().clear();
        } else {
            node.getTransforms().addAll(scale, scroll);
            getChildren().setAll(node);
        }
        requestLayout();
    }

    double currentScale() {
        return scale.getX();
    }

    /** The audience's type scale: above 1 a full slide continues rather than shrinking its type back. */
    DoubleProperty typeScaleProperty() {
        return typeScale;
    }

    /** The screen of a continued slide shown now, from 0. */
    ReadOnlyIntegerProperty pageProperty() {
        return page;
    }

    /** How many screens the slide takes: 1 unless larger type makes it continue. */
    ReadOnlyIntegerProperty pagesProperty() {
        return pages;
    }

    /** Shows the next screen of a continued slide; false when this is its last. */
    boolean nextPage() {
        if (page.get() + 1 >= pages.get()) {
            return false;
        }
        page.set(page.get() + 1);
        layout();
        return true;
    }

    /** Shows the screen before; false on the first. */
    boolean previousPage() {
        if (page.get() == 0) {
            return false;
        }
        page.set(page.get() - 1);
        layout();
        return true;
    }

    /** Goes to the last screen, for a step entered backwards. */
    void lastPage() {
        layout();
        page.set(Math.max(0, pages.get() - 1));
        layout();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        clip.setX(0);
        clip.setY(0);
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
        if (slide == null || width <= 0 || height <= 0) {
            return;
        }
        double whole = fittingScale(width, height);
        double k = typeScale.get();
        if (whole >= 1 || k <= 1) {
            setPages(List.of(0.0), 0);
            apply(whole);
            slide.resizeRelocate(snappedLeftInset(), snappedTopInset(), width / whole, height / whole);
            return;
        }
        // Larger type on a full slide: the text grows by k against the whole slide at normal size
        // (whole × k is that slide's shrinking), up to unshrunk, and the slide continues.
        double s = Math.min(1, whole * k);
        apply(s);
        double w = width / s;
        double h = Math.max(height / s, slide.prefHeight(w));
        slide.resizeRelocate(snappedLeftInset(), snappedTopInset(), w, h);
        if (slide instanceof Parent p) {
            p.layout();
        }
        List<Double> starts = pageStarts(height / s, h);
        setPages(starts, Math.min(page.get(), starts.size() - 1));
        int at = page.get();
        double top = starts.get(at);
        double bottom = at + 1 < starts.size() ? starts.get(at + 1) : h;
        scroll.setY(-top);
        // The next screen's first line is not shown half: the clip ends where that screen starts.
        clip.setHeight(Math.min(getHeight(), snappedTopInset() + (bottom - top) * s));
    }

    private void apply(double s) {
        scale.setX(s);
        scale.setY(s);
        scroll.setY(0);
    }

    private void setPages(List<Double> starts, int at) {
        breaks = starts;
        pages.set(starts.size());
        page.set(at);
    }

    /**
     * The tops of the screens a slide of height {@code total} takes when each shows {@code screen}
     * (slide coordinates): each screen ends before the first line that would not fit whole.
     */
    private List<Double> pageStarts(double screen, double total) {
        List<double[]> lines = new ArrayList<>();
        collectLines(slide, lines);
        lines.sort((a, b) -> Double.compare(a[0], b[0]));
        List<Double> starts = new ArrayList<>();
        double top = 0;
        starts.add(top);
        while (top + screen < total - 0.5) {
            double next = top + screen;
            for (double[] line : lines) {
                if (line[0] > top + 0.5 && line[1] > top + screen + 0.5) {
                    next = Math.min(next, line[0]);
                    break;
                }
            }
            top = next;
            starts.add(top);
        }
        return starts;
    }

    /** The vertical extent of every line-like block: the children of the slide's VBoxes, taken apart. */
    private void collectLines(Node node, List<double[]> out) {
        if (node instanceof VBox box) {
            for (Node child : box.getChildrenUnmodifiable()) {
                if (child.isVisible()) {
                    collectLines(child, out);
                }
            }
            return;
        }
        Bounds inSlide = toSlide(node);
        if (inSlide.getHeight() > 0) {
            out.add(new double[] {inSlide.getMinY(), inSlide.getMaxY()});
        }
    }

    private Bounds toSlide(Node node) {
        Bounds b = node.getBoundsInParent();
        for (Parent p = node.getParent(); p != null && p != slide; p = p.getParent()) {
            b = p.localToParent(b);
        }
        return b;
    }

    /** Whether the screen shown is not the slide's last. */
    boolean continues() {
        return page.get() + 1 < pages.get();
    }

    /** Where the screens start, for tests. */
    List<Double> pageBreaks() {
        return breaks;
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
