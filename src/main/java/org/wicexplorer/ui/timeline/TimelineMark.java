package org.wicexplorer.ui.timeline;

import javafx.css.PseudoClass;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The node for one item on screen: a bar (or a glyph for a single day) with up to three lines of text under it.
 * Marks are pooled and re-bound to other items while panning, so binding only touches what changed.
 */
final class TimelineMark extends Region {

    static final String STYLE_CLASS = "timeline-mark";
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    static final PseudoClass DISPUTED = PseudoClass.getPseudoClass("disputed");
    static final PseudoClass POINT = PseudoClass.getPseudoClass("point");
    static final PseudoClass OPEN_END = PseudoClass.getPseudoClass("open-end");

    /** U+26A0, a warning sign: a shape that says "disputed" without relying on colour. */
    static final String BADGE_GLYPH = "\u26a0";

    private final TimelineView view;
    final Region bar = new Region();
    /** Joins the bar to text pushed down to a lower row, so staggered labels still point at their bar. */
    final Region stem = new Region();
    final Label name = new Label();
    final Label badge = new Label(BADGE_GLYPH);
    final Label detail = new Label();
    final Label title = new Label();
    private final Tooltip tooltip = new Tooltip();

    private TimelineItem item;
    /** The skin's layout pass that last used this mark. */
    long pass;
    private TimelineLane lane;
    private boolean selected;
    private int accessibleIndex;

    private double barX;
    private double barWidth;
    private double textX;
    private double textWidth;
    private double textDrop;

    TimelineMark(TimelineView view) {
        this.view = view;
        getStyleClass().add(STYLE_CLASS);
        bar.getStyleClass().add("timeline-mark-bar");
        stem.getStyleClass().add("timeline-mark-stem");
        stem.setManaged(false);
        name.getStyleClass().add("timeline-mark-label");
        badge.getStyleClass().add("timeline-mark-badge");
        detail.getStyleClass().add("timeline-mark-detail");
        title.getStyleClass().add("timeline-mark-title");
        for (Label label : new Label[] {name, badge, detail, title}) {
            label.setMinWidth(0);
            label.setManaged(false);
        }
        bar.setManaged(false);
        getChildren().addAll(stem, bar, name, badge, detail, title);
        // Only the bar and the texts are the mark; the empty corner of its box belongs to whatever is below.
        setPickOnBounds(false);
        setManaged(false);
        setAccessibleRole(AccessibleRole.LIST_ITEM);
        Tooltip.install(this, tooltip);
    }

    TimelineItem item() {
        return item;
    }

    /** Points the mark at an item; cheap when it already shows that item. */
    void bind(TimelineItem newItem, boolean isSelected, boolean dimmed) {
        if (newItem != item) {
            item = newItem;
            if (lane != newItem.lane()) {
                if (lane != null) {
                    getStyleClass().remove(lane.styleClass());
                }
                lane = newItem.lane();
                getStyleClass().add(lane.styleClass());
            }
            detail.setText(newItem.detail());
            title.setText(newItem.title());
            pseudoClassStateChanged(DISPUTED, newItem.disputed());
            pseudoClassStateChanged(OPEN_END, newItem.end() == null && newItem.lane() == TimelineLane.EDITION);
            setAccessibleText(newItem.accessibleText());
            tooltip.setText(newItem.accessibleText());
        }
        if (selected != isSelected) {
            selected = isSelected;
            pseudoClassStateChanged(SELECTED, isSelected);
            // Drawn above its neighbours so an overlapping bar never hides the selection.
            setViewOrder(isSelected ? -1 : 0);
            notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED);
        }
        pseudoClassStateChanged(DIMMED, dimmed);
    }

    /** Drawn as a glyph: a single day, or a span too narrow at this zoom to read as a bar. */
    void setPoint(boolean point) {
        pseudoClassStateChanged(POINT, point);
    }

    void unbind() {
        item = null;
        setVisible(false);
    }

    /**
     * What to show and where, in the mark's own coordinates.
     *
     * @param textDrop   extra space between bar and text, for labels staggered into a lower row
     * @param nameText   first text line, or null for none
     * @param showDetail whether the dates line shows
     * @param showTitle  whether the theme line shows
     */
    void arrange(double barX, double barWidth, double textX, double textWidth, double textDrop, String nameText,
                 boolean showDetail, boolean showTitle) {
        this.textDrop = textDrop;
        this.barX = barX;
        this.barWidth = barWidth;
        this.textX = textX;
        this.textWidth = textWidth;
        boolean showName = nameText != null;
        if (showName) {
            name.setText(nameText);
        }
        name.setVisible(showName);
        badge.setVisible(showName && item != null && item.disputed());
        detail.setVisible(showDetail && !detail.getText().isEmpty());
        title.setVisible(showTitle && !title.getText().isEmpty());
        requestLayout();
    }

    void setAccessibleIndex(int index) {
        accessibleIndex = index;
    }

    double barCenterX() {
        return getLayoutX() + barX + barWidth / 2;
    }

    double barCenterY() {
        return getLayoutY() + bar.getLayoutY() + bar.getHeight() / 2;
    }

    /** Whether a point in the parent's coordinates hits the bar (with some slack) or a visible text line. */
    boolean hits(double px, double py, double slack) {
        double x = px - getLayoutX();
        double y = py - getLayoutY();
        if (x >= barX - slack && x <= barX + barWidth + slack
                && y >= bar.getLayoutY() - slack && y <= bar.getLayoutY() + bar.getHeight() + slack) {
            return true;
        }
        for (Label label : new Label[] {name, badge, detail, title}) {
            if (label.isVisible() && label.getBoundsInParent().contains(x, y)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void layoutChildren() {
        double barHeight = snapSizeY(bar.prefHeight(-1));
        bar.resizeRelocate(snapPositionX(barX), 0, snapSizeX(barWidth), barHeight);
        double y = barHeight + snapSizeY(barHeight * 0.25);
        stem.setVisible(textDrop > 0 && name.isVisible());
        if (stem.isVisible()) {
            double stemWidth = Math.max(1, snapSizeX(stem.prefWidth(-1)));
            double stemX = barX + Math.min(barWidth / 2, barHeight / 2) - stemWidth / 2;
            stem.resizeRelocate(snapPositionX(stemX), barHeight, stemWidth, snapSizeY(y - barHeight + textDrop));
        }
        y += snapSizeY(textDrop);
        if (name.isVisible()) {
            double h = snapSizeY(name.prefHeight(-1));
            double badgeWidth = badge.isVisible() ? snapSizeX(badge.prefWidth(-1)) : 0;
            double nameWidth = Math.max(0, Math.min(name.prefWidth(-1), textWidth - badgeWidth));
            name.resizeRelocate(snapPositionX(textX), y, snapSizeX(nameWidth), h);
            badge.resizeRelocate(snapPositionX(textX + nameWidth), y, badgeWidth, h);
            y += h;
        }
        for (Label label : new Label[] {detail, title}) {
            if (label.isVisible()) {
                double h = snapSizeY(label.prefHeight(-1));
                label.resizeRelocate(snapPositionX(textX), y, snapSizeX(textWidth), h);
                y += h;
            }
        }
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return switch (attribute) {
            case SELECTED -> selected;
            case INDEX -> accessibleIndex;
            case TEXT -> getAccessibleText();
            default -> super.queryAccessibleAttribute(attribute, parameters);
        };
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        if (item != null && (action == AccessibleAction.REQUEST_FOCUS || action == AccessibleAction.FIRE)) {
            view.setSelectedItem(item);
            view.requestFocus();
            if (action == AccessibleAction.FIRE) {
                view.activate(item);
            }
        } else {
            super.executeAccessibleAction(action, parameters);
        }
    }
}
