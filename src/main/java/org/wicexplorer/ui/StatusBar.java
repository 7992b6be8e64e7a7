package org.wicexplorer.ui;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The window's bottom bar: messages at the left (the counts, the last export's outcome), the menus at the
 * right. The menus always keep their whole names: when the window is narrow or the text large, the messages
 * are shortened first ("…"); when even the menus alone do not fit beside a short message, the messages take
 * a row of their own and the menus wrap onto the row below (a projector at 1024×768 with 150 % text).
 */
final class StatusBar extends Region {
    /** Room a message keeps beside the menus before they move to their own row, in em of the bar's font. */
    private static final double MESSAGE_MIN_EM = 12;
    private final HBox messages = new HBox();
    private final FlowPane menus = new FlowPane();

    StatusBar() {
        getStyleClass().add("status-bar");
        messages.getStyleClass().add("status-messages");
        messages.setAlignment(Pos.CENTER_LEFT);
        messages.setMinWidth(0);
        menus.getStyleClass().add("status-menus");
        menus.setAlignment(Pos.CENTER_RIGHT);
        menus.setRowValignment(VPos.CENTER);
        menus.setPrefWrapLength(4000);
        getChildren().addAll(messages, menus);
    }

    /** A message: shortened with "…" when room runs out. */
    void addMessage(Node message) {
        if (message instanceof Label l) {
            l.setMinWidth(0);
            HBox.setHgrow(l, Priority.SOMETIMES);
        }
        messages.getChildren().add(message);
    }

    /**
     * A menu or button in its slot: after the menus of the same and earlier slots, before those of later ones,
     * whatever order they are contributed in. It keeps its whole name.
     */
    void addMenu(StatusSlot slot, Node menu) {
        keepName(menu);
        menu.getProperties().put(StatusSlot.class, slot);
        int at = 0;
        for (Node existing : menus.getChildren()) {
            if (((StatusSlot) existing.getProperties().get(StatusSlot.class)).compareTo(slot) > 0) {
                break;
            }
            at++;
        }
        menus.getChildren().add(at, menu);
    }

    private static void keepName(Node node) {
        if (node instanceof ButtonBase b) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        } else if (node instanceof Pane p) {
            p.getChildren().forEach(StatusBar::keepName);
        }
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private boolean oneRow(double width) {
        Insets in = getInsets();
        double inside = width - in.getLeft() - in.getRight();
        double room = MESSAGE_MIN_EM * fontSize();
        return menusWidth() + room <= inside;
    }

    /** The menus side by side in one row. */
    private double menusWidth() {
        double w = menus.getInsets().getLeft() + menus.getInsets().getRight();
        int shown = 0;
        for (Node n : menus.getChildren()) {
            if (n.isManaged()) {
                w += Math.ceil(n.prefWidth(-1)) + 1;
                shown++;
            }
        }
        // Rounded up, with a pixel to spare: a run a hair too narrow would wrap its last menu.
        return Math.ceil(w + Math.max(0, shown - 1) * menus.getHgap()) + 1;
    }

    private double fontSize() {
        return messages.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getFont().getSize())
                .findFirst().orElse(13.0);
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + menus.minWidth(-1);
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + messages.prefWidth(-1) + menusWidth();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        if (width < 0 || oneRow(width)) {
            return in.getTop() + in.getBottom() + Math.max(messages.prefHeight(-1), menus.prefHeight(-1));
        }
        double inside = width - in.getLeft() - in.getRight();
        return in.getTop() + in.getBottom() + messages.prefHeight(-1) + menus.prefHeight(inside);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double w = getWidth() - in.getLeft() - in.getRight();
        double h = getHeight() - in.getTop() - in.getBottom();
        if (oneRow(getWidth())) {
            double mw = Math.min(menusWidth(), w);
            layoutInArea(messages, x, y, w - mw, h, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(menus, x + w - mw, y, mw, h, 0, HPos.RIGHT, VPos.CENTER);
        } else {
            double mh = messages.prefHeight(-1);
            layoutInArea(messages, x, y, w, mh, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(menus, x, y + mh, w, h - mh, 0, HPos.RIGHT, VPos.CENTER);
        }
    }
}
