package org.wicexplorer.ui.timeline;

import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Keyboard and mouse for a {@link TimelineView}, installed by its skin (as AtlantaFX's CalendarBehavior is).
 * Everything maps onto the control's public methods, so the keyboard can do all the mouse can, and tests can
 * drive either.
 */
public class TimelineBehavior {

    /** One + or − press; three presses roughly go from years to months. */
    static final double KEY_ZOOM = 1.5;
    /** Shift+arrow pans by this share of the time area. */
    static final double KEY_PAN_SHARE = 0.125;
    /** Wheel notches that double or halve the zoom (one notch is about 15%). */
    private static final double WHEEL_NOTCHES_PER_DOUBLING = 5;
    /** Pixels the mouse may move while pressed and still make a click. */
    private static final double DRAG_THRESHOLD = 4;

    private final TimelineView view;
    private final EventHandler<KeyEvent> keyPressed = this::keyPressed;
    private final EventHandler<MouseEvent> mousePressed = this::mousePressed;
    private final EventHandler<MouseEvent> mouseDragged = this::mouseDragged;
    private final EventHandler<MouseEvent> mouseReleased = this::mouseReleased;
    private final EventHandler<MouseEvent> mouseClicked = this::mouseClicked;
    private final EventHandler<ScrollEvent> scrolled = this::scrolled;
    private final EventHandler<ZoomEvent> zoomed = this::zoomed;

    private double pressX;
    private double lastX;
    private boolean dragging;

    public TimelineBehavior(TimelineView view) {
        this.view = view;
        view.addEventHandler(KeyEvent.KEY_PRESSED, keyPressed);
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, mousePressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, mouseDragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, mouseReleased);
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, mouseClicked);
        view.addEventHandler(ScrollEvent.SCROLL, scrolled);
        view.addEventHandler(ZoomEvent.ZOOM, zoomed);
    }

    public void dispose() {
        view.removeEventHandler(KeyEvent.KEY_PRESSED, keyPressed);
        view.removeEventHandler(MouseEvent.MOUSE_PRESSED, mousePressed);
        view.removeEventHandler(MouseEvent.MOUSE_DRAGGED, mouseDragged);
        view.removeEventHandler(MouseEvent.MOUSE_RELEASED, mouseReleased);
        view.removeEventHandler(MouseEvent.MOUSE_CLICKED, mouseClicked);
        view.removeEventHandler(ScrollEvent.SCROLL, scrolled);
        view.removeEventHandler(ZoomEvent.ZOOM, zoomed);
    }

    private void keyPressed(KeyEvent e) {
        // Shortcut combinations belong to the application (menus, window commands).
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return;
        }
        double pan = view.viewport().width() * KEY_PAN_SHARE;
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> {
                if (e.isShiftDown()) {
                    view.panByPixels(pan);
                } else {
                    view.selectPrevious();
                }
            }
            case RIGHT, KP_RIGHT -> {
                if (e.isShiftDown()) {
                    view.panByPixels(-pan);
                } else {
                    view.selectNext();
                }
            }
            case UP, KP_UP -> view.selectInNeighbourLane(-1);
            case DOWN, KP_DOWN -> view.selectInNeighbourLane(+1);
            case HOME -> view.selectFirst();
            case END -> view.selectLast();
            case PLUS, EQUALS, ADD -> view.zoom(KEY_ZOOM, zoomAnchor());
            case MINUS, SUBTRACT, UNDERSCORE -> view.zoom(1 / KEY_ZOOM, zoomAnchor());
            case DIGIT0, NUMPAD0 -> view.fitAll();
            case ENTER -> {
                if (view.getSelectedItem() == null) {
                    return;
                }
                view.activate(view.getSelectedItem());
            }
            case ESCAPE -> {
                if (view.getSelectedItem() == null) {
                    return;
                }
                view.setSelectedItem(null);
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** The selection when it is on screen, so zooming homes in on it; otherwise the middle of the time area. */
    private double zoomAnchor() {
        double left = view.viewport().left();
        double right = left + view.viewport().width();
        TimelineItem<?> selected = view.getSelectedItem();
        if (selected != null) {
            double x = view.xForDay((selected.startDay() + selected.endDayExclusive()) / 2);
            if (x >= left && x <= right) {
                return x;
            }
        }
        return (left + right) / 2;
    }

    private void mousePressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        view.requestFocus();
        pressX = e.getX();
        lastX = e.getX();
        dragging = false;
    }

    private void mouseDragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        if (!dragging && Math.abs(e.getX() - pressX) > DRAG_THRESHOLD) {
            dragging = true;
            view.setCursor(Cursor.CLOSED_HAND);
        }
        if (dragging) {
            view.panByPixels(e.getX() - lastX);
            lastX = e.getX();
        }
        e.consume();
    }

    private void mouseReleased(MouseEvent e) {
        if (dragging) {
            view.setCursor(null);
        }
    }

    private void mouseClicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || dragging) {
            dragging = false;
            return;
        }
        view.itemAt(e.getX(), e.getY()).ifPresent(item -> {
            view.setSelectedItem(item);
            if (e.getClickCount() == 2) {
                view.activate(item);
            }
        });
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        double dx = e.getDeltaX();
        double dy = e.getDeltaY();
        if (Math.abs(dx) > Math.abs(dy)) {
            view.panByPixels(dx);
        } else if (dy != 0) {
            // Platforms scale a wheel notch differently (40 px on most, 1 on some); the multiplier undoes that.
            double notches = dy / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 40);
            notches = Math.max(-5, Math.min(5, notches));
            view.zoom(Math.pow(2, notches / WHEEL_NOTCHES_PER_DOUBLING), e.getX());
        } else {
            return;
        }
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        view.zoom(e.getZoomFactor(), e.getX());
        e.consume();
    }
}
