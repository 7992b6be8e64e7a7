package org.wicexplorer.ui.present;

import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.ParallelTransition;
import javafx.animation.PauseTransition;
import javafx.animation.TranslateTransition;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.ui.I18n;

import java.util.Locale;

/**
 * What the class sees: one slide, the year strip and the step counter along the bottom, and overlays
 * for a blanked screen, a step number being typed, short notices and the key help. The root font size
 * follows the window's size times the scale setting; every size below it is in em.
 */
final class AudienceView extends StackPane {
    /** Lines of body text that fit the height: big enough for the back row of a classroom. */
    private static final double LINES_PER_HEIGHT = 36;
    private static final double EMS_PER_WIDTH = 58;
    private static final Duration NOTICE = Duration.seconds(2.5);

    private final SlideFit fit = new SlideFit();
    private final YearStrip strip;
    private final Label counter = new Label();
    private final Label tourTitle = new Label();
    private final Region blank = new Region();
    private final Label jump = new Label();
    private final Label notice = new Label();
    private final Label autoplay = new Label();
    private final Label continues = new Label();
    private final KeyHelp help = new KeyHelp();
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);
    private final PauseTransition noticeTimer = new PauseTransition(NOTICE);
    private Animation transition;

    AudienceView(Dataset dataset) {
        getStyleClass().add("presentation");
        setId("presentation");
        strip = new YearStrip(dataset);
        counter.setId("present-counter");
        counter.getStyleClass().add("present-counter");
        counter.setMinWidth(Region.USE_PREF_SIZE);
        tourTitle.getStyleClass().add("present-tour-title");
        tourTitle.setMinWidth(0);
        HBox.setHgrow(strip, Priority.ALWAYS);
        continues.setMinWidth(Region.USE_PREF_SIZE);
        HBox bottom = new HBox(strip, continues, counter);
        bottom.getStyleClass().add("present-bottom");
        bottom.setAlignment(Pos.CENTER);

        BorderPane frame = new BorderPane(fit);
        frame.getStyleClass().add("present-frame");
        frame.setBottom(bottom);
        frame.setTop(tourTitle);

        blank.setId("present-blank");
        blank.getStyleClass().add("presentation-blank");
        blank.setVisible(false);
        blank.setAccessibleRole(AccessibleRole.TEXT);

        jump.setId("present-jump");
        jump.getStyleClass().add("present-jump");
        jump.setVisible(false);
        StackPane.setAlignment(jump, Pos.CENTER);

        notice.setId("present-notice");
        notice.getStyleClass().add("present-notice");
        notice.setVisible(false);
        // Low on the screen, over the year strip: at the top it hid the slide's year and title.
        StackPane.setAlignment(notice, Pos.BOTTOM_CENTER);
        noticeTimer.setOnFinished(e -> notice.setVisible(false));

        autoplay.setId("present-autoplay");
        autoplay.getStyleClass().add("present-autoplay");
        autoplay.setVisible(false);
        StackPane.setAlignment(autoplay, Pos.TOP_RIGHT);

        // A slide that larger type makes continue says so, beside the step counter.
        continues.setId("present-continues");
        continues.getStyleClass().add("present-continues");
        continues.setVisible(false);
        continues.managedProperty().bind(continues.visibleProperty());
        fit.typeScaleProperty().bind(scale);
        fit.pageProperty().addListener((obs, o, n) -> showContinues());
        fit.pagesProperty().addListener((obs, o, n) -> showContinues());

        help.setVisible(false);
        StackPane.setAlignment(help, Pos.CENTER);

        getChildren().addAll(frame, autoplay, notice, jump, help, blank);
        widthProperty().addListener((obs, o, n) -> resize());
        heightProperty().addListener((obs, o, n) -> resize());
        scale.addListener((obs, o, n) -> resize());
    }

    DoubleProperty scaleProperty() {
        return scale;
    }

    /** The root font size for this window size, in pixels: the frame's type (tour title, year strip, counter). */
    double baseFontSize() {
        double w = getWidth() > 0 ? getWidth() : 1600;
        double h = getHeight() > 0 ? getHeight() : 1000;
        return Math.max(8, Math.min(h / LINES_PER_HEIGHT, w / EMS_PER_WIDTH));
    }

    /** The slide's font size, in pixels, before the slide is shrunk to fit: the base size times the scale. */
    double fontSize() {
        return baseFontSize() * scale.get();
    }

    /**
     * The size one em of slide text really has on the screen: the scale setting, then the fit. On a full
     * slide the fit takes back what a larger scale gives, which {@link Presentation} tells the class.
     */
    double renderedFontSize() {
        return fontSize() * fit.currentScale();
    }

    private void resize() {
        // Only the size is set here; colours and everything else come from the stylesheet. The scale
        // enlarges the slide alone: a frame growing with it would take the room the slide needs.
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", baseFontSize()));
        fit.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", fontSize()));
    }

    /** Lays the slide out now, so that {@link #renderedFontSize()} reflects a change just made. */
    void layoutNow() {
        applyCss();
        layout();
    }

    /**
     * Shows a slide; {@code direction} is +1 forward, -1 back, 0 for the first slide. Returns the
     * transition that runs, or null when the slide is simply there (reduced motion, or the first one).
     */
    Animation show(Node slide, int direction, boolean reducedMotion) {
        if (transition != null) {
            transition.stop();
        }
        if (fit.slide() != null) {
            fit.slide().setOpacity(1);
            fit.slide().setTranslateX(0);
        }
        fit.setSlide(slide);
        transition = null;
        if (reducedMotion || direction == 0) {
            return null;
        }
        FadeTransition fade = new FadeTransition(Motion.TRANSITION, slide);
        fade.setFromValue(0);
        fade.setToValue(1);
        TranslateTransition move = new TranslateTransition(Motion.TRANSITION, slide);
        move.setFromX(direction * fontSize() * 1.5);
        move.setToX(0);
        transition = new ParallelTransition(fade, move);
        transition.setOnFinished(e -> transition = null);
        transition.play();
        return transition;
    }

    Node slide() {
        return fit.slide();
    }

    SlideFit fit() {
        return fit;
    }

    /** The next screen of a slide that continues; false when the slide's last screen is shown. */
    boolean nextPage() {
        // A key can come before the next pulse has laid out a slide just shown: count its screens first.
        layoutNow();
        return fit.nextPage();
    }

    boolean previousPage() {
        layoutNow();
        return fit.previousPage();
    }

    /** After going back a step: its last screen, where the class left it. */
    void lastPage() {
        layoutNow();
        fit.lastPage();
    }

    int pages() {
        return fit.pagesProperty().get();
    }

    int page() {
        return fit.pageProperty().get();
    }

    private void showContinues() {
        int pages = fit.pagesProperty().get();
        int at = fit.pageProperty().get();
        continues.setVisible(pages > 1);
        continues.setText(pages > 1 ? I18n.t(at + 1 < pages ? "present.continues" : "present.continued",
                at + 1, pages) : "");
    }

    YearStrip strip() {
        return strip;
    }

    void setCounter(String text, String spoken) {
        counter.setText(text);
        counter.setAccessibleText(spoken);
    }

    void setTourTitle(String title) {
        tourTitle.setText(title);
    }

    void setBlanked(boolean blanked, String spoken) {
        blank.setVisible(blanked);
        blank.setAccessibleText(spoken);
    }

    boolean isBlankShown() {
        return blank.isVisible();
    }

    void setJumpText(String text) {
        jump.setText(text);
        jump.setVisible(text != null && !text.isEmpty());
    }

    void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
        noticeTimer.playFromStart();
    }

    String noticeText() {
        return notice.isVisible() ? notice.getText() : "";
    }

    void setAutoplayText(String text) {
        autoplay.setText(text);
        autoplay.setVisible(text != null && !text.isEmpty());
    }

    void setHelpShown(boolean shown) {
        help.setVisible(shown);
    }

    boolean isHelpShown() {
        return help.isVisible();
    }
}
