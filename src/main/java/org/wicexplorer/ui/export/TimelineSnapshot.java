package org.wicexplorer.ui.export;

import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.wicexplorer.ui.timeline.TimelineView;

import java.util.List;

/**
 * The timeline as a picture of a chosen pixel width, showing the same dates, marks, filter and axis as
 * the view it copies. The copy is laid out at the requested width with its type scaled by the same
 * factor, so a 3840-pixel slide looks like the window, only sharper; its height follows in proportion.
 * Scaling a snapshot instead would blur the axis and labels, which the control draws on a canvas.
 */
public final class TimelineSnapshot {
    /** The widest picture offered; beyond this a texture no longer fits most graphics cards. */
    public static final int MAX_WIDTH = 8192;
    public static final int MIN_WIDTH = 320;

    private TimelineSnapshot() {
    }

    /**
     * Must run on the FX thread. {@code stylesheets} and {@code rootStyleClasses} are the window's, so the
     * copy gets the same colour tokens and fonts.
     */
    public static WritableImage render(TimelineView source, int pixelWidth, List<String> stylesheets,
                                       List<String> rootStyleClasses) {
        if (pixelWidth < MIN_WIDTH || pixelWidth > MAX_WIDTH) {
            throw new IllegalArgumentException("width must be from " + MIN_WIDTH + " to " + MAX_WIDTH + " pixels");
        }
        Bounds shown = source.getLayoutBounds();
        double sourceWidth = shown.getWidth() > 0 ? shown.getWidth() : 1440;
        double sourceHeight = shown.getHeight() > 0 ? shown.getHeight() : source.prefHeight(sourceWidth);
        double scale = pixelWidth / sourceWidth;
        int pixelHeight = (int) Math.round(sourceHeight * scale);

        TimelineView copy = new TimelineView();
        copy.setLocale(source.getLocale());
        copy.getLanes().setAll(source.getLanes());
        copy.setCompressAround(source.getCompressAround());
        copy.setTodayText(source.getTodayText());
        copy.setGapFormatter(source.getGapFormatter());
        copy.setToday(source.getToday());
        if (source.getItems() != null) {
            copy.setItems(FXCollections.observableArrayList(source.getItems()));
        }
        if (source.getEras() != null) {
            copy.setEras(FXCollections.observableArrayList(source.getEras()));
        }
        copy.getHiddenLanes().addAll(source.getHiddenLanes());
        copy.setFilter(source.getFilter());
        copy.setHideFiltered(source.isHideFiltered());
        copy.setCompressedAxis(source.isCompressedAxis());
        copy.setSelectedItem(source.getSelectedItem());
        copy.setId(source.getId());
        copy.setStyle("-fx-font-size: " + source.getFont().getSize() * scale + "px;");

        StackPane root = new StackPane(copy);
        root.getStyleClass().setAll(rootStyleClasses);
        Scene scene = new Scene(root, pixelWidth, pixelHeight);
        scene.getStylesheets().setAll(stylesheets);
        root.applyCss();
        root.layout();
        // After the first layout: the window is kept in days, and the copy must not fit itself anew.
        copy.setVisibleRange(source.getVisibleStart(), source.getVisibleEnd());
        root.applyCss();
        root.layout();
        return scene.snapshot(new WritableImage(pixelWidth, pixelHeight));
    }
}
