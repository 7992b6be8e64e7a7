package org.wicexplorer.ui.present;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.wicexplorer.ui.I18n;

import java.util.List;
import java.util.OptionalInt;

/**
 * The windows of a presentation. With two screens the audience window goes fullscreen on the projector
 * and the presenter view fills the laptop's screen ({@link ScreenPlan}); with one screen the audience window is fullscreen and the
 * presenter view opens as a normal window on request (P). Leaving closes both.
 */
final class PresentationWindows {
    private static final double PRESENTER_WIDTH = 1100;
    private static final double PRESENTER_HEIGHT = 760;

    private final Presentation presentation;
    private final Window owner;
    private final List<String> stylesheets;
    private final Stage audience = new Stage();
    private Stage presenter;
    private PresenterView presenterView;
    private boolean closing;
    /** Whether the presenter view is on screen. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper presenterShown = new javafx.beans.property.ReadOnlyBooleanWrapper();

    private PresentationWindows(Presentation presentation, Window owner, List<String> stylesheets) {
        this.presentation = presentation;
        this.owner = owner;
        this.stylesheets = stylesheets;
    }

    /** Opens the audience window fullscreen, and the presenter view when asked or when there are two screens. */
    static PresentationWindows open(Presentation presentation, Window owner, List<String> stylesheets,
                                    boolean withPresenter) {
        PresentationWindows windows = new PresentationWindows(presentation, owner, stylesheets);
        windows.showAudience();
        if (withPresenter || windows.plan().presenter().isPresent()) {
            windows.showPresenter();
        }
        presentation.setOnPresenterToggle(windows::togglePresenter);
        presentation.setOnChange(windows::refreshPresenter);
        return windows;
    }

    private void showAudience() {
        Scene scene = new Scene(presentation.audienceRoot());
        scene.getStylesheets().setAll(stylesheets);
        presentation.attach(scene);
        audience.setScene(scene);
        audience.setTitle(I18n.t("present.windowTitle"));
        if (owner != null) {
            audience.initOwner(owner);
        }
        Rectangle2D bounds = Screen.getScreens().get(plan().audience()).getBounds();
        audience.setX(bounds.getMinX());
        audience.setY(bounds.getMinY());
        audience.setWidth(bounds.getWidth());
        audience.setHeight(bounds.getHeight());
        // Esc belongs to the presentation (it leaves); JavaFX would otherwise use it to drop fullscreen only.
        audience.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        audience.setFullScreenExitHint(I18n.t("present.exitHint"));
        audience.setFullScreen(true);
        audience.setOnHidden(e -> presentation.leave());
        audience.show();
        audience.toFront();
    }

    /** Where the windows go, from the screens there are now and where the explorer window is. */
    private ScreenPlan plan() {
        List<Screen> screens = Screen.getScreens();
        Rectangle2D explorer = owner == null || !owner.isShowing() ? null
                : new Rectangle2D(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()));
        return ScreenPlan.of(screens.stream().map(Screen::getBounds).toList(),
                Math.max(0, screens.indexOf(Screen.getPrimary())), explorer);
    }

    void togglePresenter() {
        if (presenter != null && presenter.isShowing()) {
            presenter.hide();
        } else {
            showPresenter();
        }
    }

    /**
     * Gives the keys back to the slides. Without this a hidden presenter view hands the focus to the
     * window below it (the explorer, under most window managers), and the clicker, B and Esc do nothing.
     */
    private void focusAudience() {
        if (!closing && audience.isShowing()) {
            audience.toFront();
            audience.requestFocus();
            presentation.audienceRoot().requestFocus();
        }
    }

    private void showPresenter() {
        if (presenter == null) {
            presenterView = new PresenterView(presentation);
            Scene scene = new Scene(presenterView, PRESENTER_WIDTH, PRESENTER_HEIGHT);
            scene.getStylesheets().setAll(stylesheets);
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                // Tab moves between the buttons; Enter presses the focused one unless a step number is typed.
                if (e.getCode() == KeyCode.TAB || e.getCode() == KeyCode.ENTER
                        && scene.getFocusOwner() instanceof ButtonBase && !presentation.hasTypedNumber()) {
                    return;
                }
                presentation.handle(e);
            });
            presenter = new Stage();
            presenterShown.bind(presenter.showingProperty());
            presenter.setTitle(I18n.t("presenter.windowTitle"));
            presenter.setScene(scene);
            OptionalInt laptop = plan().presenter();
            presenterView.setOneScreen(laptop.isEmpty());
            // With one screen it is owned by the slides, so a window manager keeps it above the fullscreen
            // slide (owned by the explorer it opened unseen behind it); with two it stays with the explorer
            // on the laptop's screen.
            Window presenterOwner = laptop.isPresent() ? owner : audience;
            if (presenterOwner != null) {
                presenter.initOwner(presenterOwner);
            }
            presenter.setOnHidden(e -> {
                presenterView.stop();
                focusAudience();
            });
            if (laptop.isPresent()) {
                Rectangle2D b = Screen.getScreens().get(laptop.getAsInt()).getVisualBounds();
                presenter.setX(b.getMinX());
                presenter.setY(b.getMinY());
                presenter.setMaximized(true);
            }
        }
        presenterView.refresh();
        presenterView.start();
        presenter.show();
        presenter.toFront();
    }

    private void refreshPresenter() {
        if (presenterView != null) {
            presenterView.refresh();
        }
    }

    void close() {
        closing = true;
        if (presenter != null) {
            presenterView.stop();
            presenter.hide();
        }
        audience.setOnHidden(null);
        audience.hide();
    }

    javafx.beans.property.ReadOnlyBooleanProperty presenterShownProperty() {
        return presenterShown.getReadOnlyProperty();
    }

    Stage audience() {
        return audience;
    }

    Stage presenter() {
        return presenter;
    }

    PresenterView presenterView() {
        return presenterView;
    }
}
