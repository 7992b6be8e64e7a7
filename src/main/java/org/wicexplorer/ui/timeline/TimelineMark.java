package org.wicexplorer.ui.timeline;

import javafx.css.PseudoClass;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The node for one item on screen: a bar (or a glyph for a single day) with up to three lines of text under it.
 * Marks are pooled and re-bound to other items while panning, so binding only touches what changed. In a
 * crowded view most marks show only their bar, so the text nodes are created on first use.
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
    private Region stem;
    private Label name;
    private Label badge;
    private Label detail;
    private Label title;
    private Tooltip tooltip;

    private TimelineItem<?> item;
    /** The skin's layout pass that last used this mark. */
    long pass;
    private TimelineLane lane;

    /** The lane this mark last stood in (its style class is that lane's), or null before its first item. */
    TimelineLane lane() {
        return lane;
    }
    private boolean selected;
    private int accessibleIndex;

    private MarkMetrics metrics;
    private double barX;
    private double barWidth;
    private double textX;
    private double textWidth;
    private double textDrop;
    private String nameText;
    private double nameWidth;
    private boolean showDetail;
    private boolean showTitle;

    TimelineMark(TimelineView view) {
        this.view = view;
        getStyleClass().add(STYLE_CLASS);
        bar.getStyleClass().add("timeline-mark-bar");
        bar.setManaged(false);
        getChildren().add(bar);
        // Only the bar and the texts are the mark; the empty corner of its box belongs to whatever is below.
        setPickOnBounds(false);
        setManaged(false);
        setAccessibleRole(AccessibleRole.LIST_ITEM);
    }

    TimelineItem<?> item() {
        return item;
    }

    /** Points the mark at an item; cheap when it already shows that item. */
    void bind(TimelineItem<?> newItem, boolean isSelected, boolean dimmed) {
        if (newItem != item) {
            item = newItem;
            if (lane == null || !lane.styleClass().equals(newItem.lane().styleClass())) {
                if (lane != null) {
                    getStyleClass().remove(lane.styleClass());
                }
                lane = newItem.lane();
                getStyleClass().add(lane.styleClass());
            }
            pseudoClassStateChanged(DISPUTED, newItem.disputed());
            pseudoClassStateChanged(OPEN_END, newItem.end() == null
                    && newItem.lane().kind() == TimelineLane.Kind.BARS_WITH_TEXT);
            setAccessibleText(newItem.accessibleText());
            if (tooltip == null) {
                tooltip = new Tooltip();
                Tooltip.install(this, tooltip);
            }
            tooltip.setText(newItem.accessibleText());
            // Text nodes keep the previous item's texts until arrange() shows them again.
            showDetail = false;
            showTitle = false;
            nameText = null;
            requestLayout();
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
        nameText = null;
        showDetail = false;
        showTitle = false;
        setVisible(false);
    }

    /**
     * What to show and where, in the mark's own coordinates. Does nothing when nothing changed, which is the
     * common case while panning: then only the mark's position moves.
     *
     * @param metrics    the lane's sizes; null to fall back on the labels' own preferred sizes
     * @param textDrop   extra space between bar and text, for labels staggered into a lower row
     * @param nameText   first text line, or null for none
     * @param nameWidth  measured width of the name label
     * @param showDetail whether the dates line shows
     * @param showTitle  whether the theme line shows
     */
    void arrange(MarkMetrics metrics, double barX, double barWidth, double textX, double textWidth, double textDrop,
                 String nameText, double nameWidth, boolean showDetail, boolean showTitle) {
        boolean detailShown = showDetail && item != null && !item.detail().isEmpty();
        boolean titleShown = showTitle && item != null && !item.title().isEmpty();
        if (metrics != null && metrics == this.metrics && barX == this.barX && barWidth == this.barWidth
                && textX == this.textX && textWidth == this.textWidth && textDrop == this.textDrop
                && nameWidth == this.nameWidth && java.util.Objects.equals(nameText, this.nameText)
                && detailShown == this.showDetail && titleShown == this.showTitle) {
            return;
        }
        this.metrics = metrics;
        this.barX = barX;
        this.barWidth = barWidth;
        this.textX = textX;
        this.textWidth = textWidth;
        this.textDrop = textDrop;
        this.nameText = nameText;
        this.nameWidth = nameWidth;
        this.showDetail = detailShown;
        this.showTitle = titleShown;
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

    boolean showsBadge() {
        return badge != null && badge.isVisible();
    }

    String badgeText() {
        return badge == null ? null : badge.getText();
    }

    /** Whether a point in the parent's coordinates hits the bar (with some slack) or a visible text line. */
    boolean hits(double px, double py, double slack) {
        double x = px - getLayoutX();
        double y = py - getLayoutY();
        if (x >= barX - slack && x <= barX + barWidth + slack
                && y >= bar.getLayoutY() - slack && y <= bar.getLayoutY() + bar.getHeight() + slack) {
            return true;
        }
        for (Node text : new Node[] {name, badge, detail, title}) {
            if (text != null && text.isVisible() && text.getBoundsInParent().contains(x, y)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void layoutChildren() {
        MarkMetrics m = metrics;
        double barHeight = m != null ? m.barHeight() : snapSizeY(bar.prefHeight(-1));
        double gap = m != null ? m.gapBelowBar() : snapSizeY(barHeight * 0.25);
        bar.resizeRelocate(snapPositionX(barX), 0, snapSizeX(barWidth), barHeight);
        double y = barHeight + gap;

        boolean showName = nameText != null && item != null;
        boolean showStem = textDrop > 0 && showName;
        if (showStem || stem != null) {
            stem().setVisible(showStem);
        }
        if (showStem) {
            double stemX = barX + Math.min(barWidth / 2, barHeight / 2) - 0.5;
            stem.resizeRelocate(snapPositionX(stemX), barHeight, 1, snapSizeY(gap + textDrop));
        }
        y += snapSizeY(textDrop);

        boolean showBadge = showName && item.disputed();
        show(showName ? name() : name, showName);
        show(showBadge ? badge() : badge, showBadge);
        if (showName) {
            name.setText(nameText);
            double h = m != null ? m.nameHeight() : snapSizeY(name.prefHeight(-1));
            double badgeWidth = !showBadge ? 0 : m != null ? m.badgeWidth() : snapSizeX(badge.prefWidth(-1));
            double width = Math.max(0, Math.min(nameWidth, textWidth - badgeWidth));
            name.resizeRelocate(snapPositionX(textX), y, snapSizeX(width), h);
            if (showBadge) {
                badge.resizeRelocate(snapPositionX(textX + width), y, badgeWidth, h);
            }
            y += h;
        }
        // Texts are set only when shown: most marks in a crowded view never show their dates or theme, and a
        // label whose text changes costs a text layout even while invisible.
        show(showDetail ? detail() : detail, showDetail);
        if (showDetail) {
            detail.setText(item.detail());
            double h = m != null ? m.detailHeight() : snapSizeY(detail.prefHeight(-1));
            detail.resizeRelocate(snapPositionX(textX), y, snapSizeX(textWidth), h);
            y += h;
        }
        show(showTitle ? title() : title, showTitle);
        if (showTitle) {
            title.setText(item.title());
            double h = m != null ? m.titleHeight() : snapSizeY(title.prefHeight(-1));
            title.resizeRelocate(snapPositionX(textX), y, snapSizeX(textWidth), h);
        }
    }

    private static void show(Node node, boolean visible) {
        if (node != null) {
            node.setVisible(visible);
        }
    }

    private Region stem() {
        if (stem == null) {
            stem = new Region();
            stem.getStyleClass().add("timeline-mark-stem");
            stem.setManaged(false);
            getChildren().add(stem);
        }
        return stem;
    }

    /** The name line; package-private so the skin can read the fonts CSS gives it. */
    Label name() {
        if (name == null) {
            name = text("timeline-mark-label");
        }
        return name;
    }

    Label badge() {
        if (badge == null) {
            badge = text("timeline-mark-badge");
            badge.setText(BADGE_GLYPH);
        }
        return badge;
    }

    Label detail() {
        if (detail == null) {
            detail = text("timeline-mark-detail");
        }
        return detail;
    }

    Label title() {
        if (title == null) {
            title = text("timeline-mark-title");
        }
        return title;
    }

    private Label text(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setMinWidth(0);
        label.setManaged(false);
        getChildren().add(label);
        return label;
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
