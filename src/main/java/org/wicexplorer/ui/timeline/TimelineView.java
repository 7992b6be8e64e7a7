package org.wicexplorer.ui.timeline;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ObjectPropertyBase;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.WeakListChangeListener;
import javafx.css.CssMetaData;
import javafx.css.FontCssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * A horizontal timeline of dated items in lanes, with eras behind them, an axis that adapts its labels to the
 * zoom, and an optional axis compressed around one lane's items so that each of their days is readable.
 *
 * <p>The control holds plain properties; {@link TimelineSkin} listens to them and lays out,
 * {@link TimelineBehavior} turns keys and the mouse into the navigation methods below, and the toolkit-free
 * {@link TimelineViewport} does the maths of the window (as AtlantaFX's Calendar, CalendarSkin and
 * CalendarBehavior divide the work).
 *
 * <p><b>Lanes</b> are data ({@link #getLanes()}): the app declares them, top to bottom. <b>Items</b> carry the
 * app's own record ({@link TimelineItem#userObject()}).
 *
 * <p><b>Window.</b> {@link #visibleStartProperty() visibleStart} and {@link #visibleEndProperty() visibleEnd}
 * are epoch days (days since 1970-01-01, {@link LocalDate#toEpochDay()}), fractional, start inclusive and end
 * exclusive: the window {@code [16393, 16396)} shows 19–21 Nov 2014 exactly. Both are NaN until something sets
 * them; the first layout then fits all items. They keep meaning dates in compressed mode, where the same window
 * is just drawn differently.
 *
 * <p><b>Keyboard.</b> Left/Right select the previous/next mark in the selected mark's lane (the first shown
 * lane when nothing is selected), Up/Down move to the neighbouring lane, Home/End the first/last mark of the
 * first shown lane; Shift+Left/Right pan; + (also = and numpad +) and − (numpad −) zoom around the selection or
 * the centre; 0 fits all; Enter fires {@link #onItemActivatedProperty() onItemActivated}. Mouse: wheel zooms at
 * the cursor, horizontal wheel and dragging pan, a click selects, a double-click activates.
 *
 * <p><b>Style.</b> Style class {@code timeline-view}; headers are {@code timeline-lane-header} and marks
 * {@code timeline-mark}, both plus the lane's class ({@link TimelineLane#styleClass()}); marks have the
 * pseudo-classes {@code :selected}, {@code :dimmed}, {@code :disputed}, {@code :point}, {@code :open-end}. A
 * lane's density bars take the colour of its marks' bars. What else the canvas draws takes its colours from the
 * {@code -tl-*-color} properties set in {@code timeline-view.css}; override them on {@code .timeline-view}.
 */
public class TimelineView extends Control {

    public static final String DEFAULT_STYLE_CLASS = "timeline-view";

    /** Above this many items in view, a lane is drawn as density bars instead of one node per item. */
    public static final int DEFAULT_LANE_NODE_CAP = 300;

    private TimelineIndex index;
    private final TimelineViewport viewport = new TimelineViewport(new Content());
    /** Set by the skin: where the marks are. */
    private MarkLocator markLocator;

    public TimelineView() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        // Through the styleable property, so a stylesheet can still turn it off.
        @SuppressWarnings("unchecked")
        StyleableProperty<Boolean> traversable = (StyleableProperty<Boolean>) focusTraversableProperty();
        traversable.applyStyle(null, Boolean.TRUE);
        // The items' order and the compressed axis are data the viewport reads, not layout: kept up to date here.
        items.addListener(itemsReplaced);
        setItems(FXCollections.observableArrayList());
        setEras(FXCollections.observableArrayList());
        today.addListener((obs, was, now) -> viewport.invalidate());
        compressAround.addListener((obs, was, now) -> viewport.invalidate());
        selectedItem.addListener((obs, was, item) -> {
            setAccessibleText(item == null ? null : item.accessibleText());
            notifyAccessibleAttributeChanged(AccessibleAttribute.FOCUS_ITEM);
            notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED_ITEMS);
        });
    }

    public TimelineView(List<? extends TimelineItem<?>> items) {
        this();
        getItems().setAll(items);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return TimelineView.class.getResource("timeline-view.css").toExternalForm();
    }

    // ---------------------------------------------------------------------------------------------- items

    private final ListChangeListener<TimelineItem<?>> itemsListener = c -> itemsChanged();
    private final WeakListChangeListener<TimelineItem<?>> weakItemsListener = new WeakListChangeListener<>(itemsListener);
    private final ChangeListener<ObservableList<TimelineItem<?>>> itemsReplaced = (obs, old, now) -> {
        if (old != null) {
            old.removeListener(weakItemsListener);
        }
        if (now != null) {
            now.addListener(weakItemsListener);
        }
        itemsChanged();
    };

    private final ObjectProperty<ObservableList<TimelineItem<?>>> items = new SimpleObjectProperty<>(this, "items");

    /** Everything drawn on the timeline. Replacing or changing the list re-indexes it once. */
    public final ObjectProperty<ObservableList<TimelineItem<?>>> itemsProperty() {
        return items;
    }

    public final ObservableList<TimelineItem<?>> getItems() {
        return items.get();
    }

    public final void setItems(ObservableList<TimelineItem<?>> value) {
        items.set(value);
    }

    private void itemsChanged() {
        index = null;
        viewport.invalidate();
    }

    /** The items sorted per lane; built on first use after a change. */
    TimelineIndex index() {
        if (index == null) {
            List<TimelineItem<?>> list = getItems();
            index = new TimelineIndex(list == null ? List.of() : list);
        }
        return index;
    }

    // ----------------------------------------------------------------------------------------------- eras

    private final ObjectProperty<ObservableList<TimelineEra>> eras = new SimpleObjectProperty<>(this, "eras");

    /** Spans drawn behind all lanes, with their labels. */
    public final ObjectProperty<ObservableList<TimelineEra>> erasProperty() {
        return eras;
    }

    public final ObservableList<TimelineEra> getEras() {
        return eras.get();
    }

    public final void setEras(ObservableList<TimelineEra> value) {
        eras.set(value);
    }

    List<TimelineEra> erasOrEmpty() {
        List<TimelineEra> list = getEras();
        return list == null ? List.of() : list;
    }

    // ---------------------------------------------------------------------------------------------- lanes

    private final ObservableList<TimelineLane> lanes = FXCollections.observableArrayList();

    /**
     * The lanes, top to bottom. Items in a lane not listed here are not drawn. While the list is empty, the
     * lanes of the items are shown in the order they first occur, which is enough for a quick look.
     */
    public final ObservableList<TimelineLane> getLanes() {
        return lanes;
    }

    /** The lanes in use: {@link #getLanes()}, or the items' own when that is empty. */
    List<TimelineLane> lanesInUse() {
        return lanes.isEmpty() ? index().lanes() : lanes;
    }

    private final ObservableSet<TimelineLane> hiddenLanes = FXCollections.observableSet(new LinkedHashSet<>());

    /** Lanes not drawn at all: no header, no marks, and the other lanes take their space. */
    public final ObservableSet<TimelineLane> getHiddenLanes() {
        return hiddenLanes;
    }

    private final ObservableSet<TimelineLane> lanesOutsideFit = FXCollections.observableSet(new LinkedHashSet<>());

    /**
     * The lanes "fit all" leaves out, with the eras that start before the rest (only {@link #fitEverything}
     * shows them whole), e.g. an imported world history.
     */
    public final ObservableSet<TimelineLane> getLanesOutsideFit() {
        return lanesOutsideFit;
    }

    // ---------------------------------------------------------------------------------------- selection

    private final ObjectProperty<TimelineItem<?>> selectedItem = new SimpleObjectProperty<>(this, "selectedItem");

    /** The highlighted item; the control's accessible text follows it. */
    public final ObjectProperty<TimelineItem<?>> selectedItemProperty() {
        return selectedItem;
    }

    public final TimelineItem<?> getSelectedItem() {
        return selectedItem.get();
    }

    public final void setSelectedItem(TimelineItem<?> value) {
        selectedItem.set(value);
    }

    // ---------------------------------------------------------------------------------- compressed axis

    private final BooleanProperty compressedAxisMode = new SimpleBooleanProperty(this, "compressedAxis", false);

    /**
     * Whether the empty months between the items of {@link #compressAroundProperty() compressAround} are
     * collapsed into narrow, labelled gaps, so that their days sit side by side. Items in a gap keep their order,
     * spread evenly across it.
     */
    public final BooleanProperty compressedAxisProperty() {
        return compressedAxisMode;
    }

    public final boolean isCompressedAxis() {
        return compressedAxisMode.get();
    }

    public final void setCompressedAxis(boolean value) {
        compressedAxisMode.set(value);
    }

    private final ObjectProperty<TimelineLane> compressAround = new SimpleObjectProperty<>(this, "compressAround");

    /** The lane whose items the compressed axis keeps readable; without one, the axis is never compressed. */
    public final ObjectProperty<TimelineLane> compressAroundProperty() {
        return compressAround;
    }

    public final TimelineLane getCompressAround() {
        return compressAround.get();
    }

    public final void setCompressAround(TimelineLane value) {
        compressAround.set(value);
    }

    // -------------------------------------------------------------------------------------------- window

    private final DoubleProperty visibleStart = new SimpleDoubleProperty(this, "visibleStart", Double.NaN);
    private final DoubleProperty visibleEnd = new SimpleDoubleProperty(this, "visibleEnd", Double.NaN);

    /** First visible epoch day (fractional, inclusive); NaN until set. */
    public final DoubleProperty visibleStartProperty() {
        return visibleStart;
    }

    public final double getVisibleStart() {
        return visibleStart.get();
    }

    public final void setVisibleStart(double value) {
        visibleStart.set(value);
    }

    /** Epoch day where the visible window ends (fractional, exclusive); NaN until set. */
    public final DoubleProperty visibleEndProperty() {
        return visibleEnd;
    }

    public final double getVisibleEnd() {
        return visibleEnd.get();
    }

    public final void setVisibleEnd(double value) {
        visibleEnd.set(value);
    }

    /** Sets both ends of the window at once. */
    public final void setVisibleRange(double startDay, double endDay) {
        if (!(endDay > startDay)) {
            throw new IllegalArgumentException("window must not be empty: " + startDay + ".." + endDay);
        }
        visibleStart.set(startDay);
        visibleEnd.set(endDay);
    }

    /** Shows the days from {@code first} to {@code last}, both included. */
    public final void showDates(LocalDate first, LocalDate last) {
        setVisibleRange(first.toEpochDay(), last.toEpochDay() + 1.0);
    }

    // --------------------------------------------------------------------------------------------- today

    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(this, "today", LocalDate.now());

    /** The date the today marker and ongoing eras use; tests and presenters may pin it. */
    public final ObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    public final LocalDate getToday() {
        LocalDate value = today.get();
        return value == null ? LocalDate.now() : value;
    }

    public final void setToday(LocalDate value) {
        today.set(value);
    }

    // -------------------------------------------------------------------------------------------- filter

    private final ObjectProperty<Predicate<TimelineItem<?>>> filter = new SimpleObjectProperty<>(this, "filter");

    /** Items failing the filter are dimmed ({@code :dimmed}), or hidden when {@link #hideFilteredProperty()}. */
    public final ObjectProperty<Predicate<TimelineItem<?>>> filterProperty() {
        return filter;
    }

    public final Predicate<TimelineItem<?>> getFilter() {
        return filter.get();
    }

    public final void setFilter(Predicate<TimelineItem<?>> value) {
        filter.set(value);
    }

    private final BooleanProperty hideFiltered = new SimpleBooleanProperty(this, "hideFiltered", false);

    public final BooleanProperty hideFilteredProperty() {
        return hideFiltered;
    }

    public final boolean isHideFiltered() {
        return hideFiltered.get();
    }

    public final void setHideFiltered(boolean value) {
        hideFiltered.set(value);
    }

    /** Whether the item passes the filter (true when there is none). */
    public final boolean passesFilter(TimelineItem<?> item) {
        Predicate<TimelineItem<?>> f = getFilter();
        return f == null || f.test(item);
    }

    /** Whether the item is drawn at all: its lane is shown and the filter does not hide it. */
    public final boolean isDisplayed(TimelineItem<?> item) {
        return !hiddenLanes.contains(item.lane()) && (!isHideFiltered() || passesFilter(item));
    }

    // ------------------------------------------------------------------------------------ texts, formats

    private final StringProperty todayText = new SimpleStringProperty(this, "todayText", "Today");

    /** Label of the today marker. */
    public final StringProperty todayTextProperty() {
        return todayText;
    }

    public final String getTodayText() {
        return todayText.get();
    }

    public final void setTodayText(String value) {
        todayText.set(value);
    }

    private static final Function<Period, String> ENGLISH_GAP_FORMAT = p -> {
        long months = p.toTotalMonths() + (p.getDays() >= 15 ? 1 : 0);
        if (months >= 24) {
            return Math.round(months / 12.0) + " yr";
        }
        if (months >= 1) {
            return months + " mo";
        }
        return p.getDays() >= 7 ? (p.getDays() / 7) + " wk" : p.getDays() + " d";
    };

    private final ObjectProperty<Function<Period, String>> gapFormatter =
            new SimpleObjectProperty<>(this, "gapFormatter", ENGLISH_GAP_FORMAT);

    /** How a compressed gap states its length, e.g. "11 mo"; English abbreviations by default. */
    public final ObjectProperty<Function<Period, String>> gapFormatterProperty() {
        return gapFormatter;
    }

    public final Function<Period, String> getGapFormatter() {
        Function<Period, String> f = gapFormatter.get();
        return f == null ? ENGLISH_GAP_FORMAT : f;
    }

    public final void setGapFormatter(Function<Period, String> value) {
        gapFormatter.set(value);
    }

    private final ObjectProperty<Locale> locale =
            new SimpleObjectProperty<>(this, "locale", Locale.getDefault(Locale.Category.FORMAT));

    /** Locale of the month names on the axis. */
    public final ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public final Locale getLocale() {
        Locale value = locale.get();
        return value == null ? Locale.getDefault(Locale.Category.FORMAT) : value;
    }

    public final void setLocale(Locale value) {
        locale.set(value);
    }

    private final IntegerProperty laneNodeCap = new SimpleIntegerProperty(this, "laneNodeCap", DEFAULT_LANE_NODE_CAP);

    /**
     * The most items one lane shows as marks; with more in view the lane is drawn as density bars with counts, so
     * the cost of a frame follows the screen, not the data. A lane also goes to density bars earlier when its
     * glyphs would overlap too much to tell apart (more than about one per two-thirds of a glyph width).
     */
    public final IntegerProperty laneNodeCapProperty() {
        return laneNodeCap;
    }

    public final int getLaneNodeCap() {
        return laneNodeCap.get();
    }

    public final void setLaneNodeCap(int value) {
        laneNodeCap.set(value);
    }

    // ----------------------------------------------------------------------------------------- activation

    private ObjectProperty<EventHandler<TimelineEvent>> onItemActivated;

    /** Called when the user opens an item: Enter on the selection, or a double-click on a mark. */
    public final ObjectProperty<EventHandler<TimelineEvent>> onItemActivatedProperty() {
        if (onItemActivated == null) {
            onItemActivated = new ObjectPropertyBase<>() {
                @Override
                protected void invalidated() {
                    setEventHandler(TimelineEvent.ITEM_ACTIVATED, get());
                }

                @Override
                public Object getBean() {
                    return TimelineView.this;
                }

                @Override
                public String getName() {
                    return "onItemActivated";
                }
            };
        }
        return onItemActivated;
    }

    public final EventHandler<TimelineEvent> getOnItemActivated() {
        return onItemActivated == null ? null : onItemActivated.get();
    }

    public final void setOnItemActivated(EventHandler<TimelineEvent> value) {
        onItemActivatedProperty().set(value);
    }

    /** Fires {@link TimelineEvent#ITEM_ACTIVATED} for the item, as Enter or a double-click would. */
    public final void activate(TimelineItem<?> item) {
        if (item != null) {
            fireEvent(new TimelineEvent(this, this, TimelineEvent.ITEM_ACTIVATED, item));
        }
    }

    // ----------------------------------------------------------------------------- navigation: the window

    /** The window's maths; the skin reports the time area to it on every layout. */
    TimelineViewport viewport() {
        return viewport;
    }

    /**
     * Shows every displayed item and era with a little margin, apart from the lanes outside the fit and the
     * eras that begin before the items that are fitted; with nothing to show, all years to today.
     */
    public void fitAll() {
        viewport.fit(false);
    }

    /** As {@link #fitAll}, with every lane and era. */
    public void fitEverything() {
        viewport.fit(true);
    }

    /** From January of the first item's year to the end of today's year. */
    public void showAllYears() {
        viewport.showAllYears();
    }

    /** The whole of one year. */
    public void showYear(int year) {
        showDates(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The item's days with a little room on both sides: an edition's programme at a glance. */
    public void showItemDays(TimelineItem<?> item) {
        viewport.showItemDays(item);
    }

    /**
     * Zooms keeping the date under {@code anchorX} in place.
     *
     * @param factor  above 1 zooms in (shows less), below 1 zooms out
     * @param anchorX x in this control's coordinates
     */
    public void zoom(double factor, double anchorX) {
        viewport.zoom(factor, anchorX);
    }

    /** Moves the content by {@code dx} pixels, as dragging does: positive shows earlier dates. */
    public void panByPixels(double dx) {
        viewport.panByPixels(dx);
    }

    /** Pans the least needed to bring the item fully into view (centres it if it is wider than the window). */
    public void scrollIntoView(TimelineItem<?> item) {
        viewport.scrollIntoView(item);
    }

    // ------------------------------------------------------------------------- navigation: the selection

    /**
     * Selects the next displayed mark in date order in the selected mark's lane (the first shown lane when
     * nothing is selected) and scrolls it into view.
     */
    public void selectNext() {
        select(viewport.step(getSelectedItem(), +1));
    }

    /** Selects the previous displayed mark in the selected mark's lane, as {@link #selectNext()}. */
    public void selectPrevious() {
        select(viewport.step(getSelectedItem(), -1));
    }

    /** Selects the first displayed mark of the first shown lane. */
    public void selectFirst() {
        select(viewport.end(+1));
    }

    /** Selects the last displayed mark of the first shown lane. */
    public void selectLast() {
        select(viewport.end(-1));
    }

    /**
     * Moves the selection to the next shown lane below ({@code direction} +1) or above (-1) that has a
     * displayed mark, onto the mark nearest in time, so the keyboard reaches every lane's marks.
     */
    public void selectInNeighbourLane(int direction) {
        select(viewport.neighbour(getSelectedItem(), direction));
    }

    private void select(TimelineItem<?> item) {
        if (item != null) {
            setSelectedItem(item);
            scrollIntoView(item);
        }
    }

    /** The displayed items of a lane in date order (what Left/Right step through). */
    public List<TimelineItem<?>> displayedItems(TimelineLane lane) {
        return Collections.unmodifiableList(viewport.displayed(lane));
    }

    // -------------------------------------------------------------------------------- geometry queries

    /** What the skin answers about its marks; the control asks it rather than knowing the skin's type. */
    interface MarkLocator {
        Optional<TimelineItem<?>> itemAt(double x, double y);

        Optional<Point2D> markCenter(TimelineItem<?> item);
    }

    void setMarkLocator(MarkLocator locator) {
        markLocator = locator;
    }

    /** The item whose mark is at a point in this control's coordinates. */
    public Optional<TimelineItem<?>> itemAt(double x, double y) {
        return markLocator == null ? Optional.empty() : markLocator.itemAt(x, y);
    }

    /** Centre of the item's mark (its bar or glyph) in this control's coordinates, if it is on screen. */
    public Optional<Point2D> markCenter(TimelineItem<?> item) {
        return markLocator == null ? Optional.empty() : markLocator.markCenter(item);
    }

    /** The (fractional) epoch day at x in this control's coordinates. */
    public double epochDayAt(double x) {
        return viewport.dayAt(x);
    }

    /** The x in this control's coordinates where a (fractional) epoch day is drawn. */
    public double xForDay(double epochDay) {
        return viewport.xForDay(epochDay);
    }

    /** The viewport's questions, answered from this control's properties. */
    private final class Content implements TimelineViewport.Content {
        @Override
        public TimelineIndex index() {
            return TimelineView.this.index();
        }

        @Override
        public List<TimelineLane> lanes() {
            return lanesInUse();
        }

        @Override
        public boolean isLaneShown(TimelineLane lane) {
            return !hiddenLanes.contains(lane);
        }

        @Override
        public boolean isOutsideFit(TimelineLane lane) {
            return lanesOutsideFit.contains(lane);
        }

        @Override
        public boolean isDisplayed(TimelineItem<?> item) {
            return TimelineView.this.isDisplayed(item);
        }

        @Override
        public boolean passesFilter(TimelineItem<?> item) {
            return TimelineView.this.passesFilter(item);
        }

        @Override
        public boolean filterHides() {
            return isHideFiltered() && getFilter() != null;
        }

        @Override
        public List<TimelineEra> eras() {
            return erasOrEmpty();
        }

        @Override
        public LocalDate today() {
            return getToday();
        }

        @Override
        public boolean compressed() {
            return isCompressedAxis();
        }

        @Override
        public TimelineLane compressAround() {
            return getCompressAround();
        }

        @Override
        public double em() {
            return getFont().getSize();
        }

        @Override
        public double visibleStart() {
            return getVisibleStart();
        }

        @Override
        public double visibleEnd() {
            return getVisibleEnd();
        }

        @Override
        public void setWindow(double startDay, double endDay) {
            visibleStart.set(startDay);
            visibleEnd.set(endDay);
        }
    }

    // ----------------------------------------------------------------------------------- accessibility

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.MULTIPLE_SELECTION) {
            return false;
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    // ------------------------------------------------------------------------------------------- styling

    private final StyleableObjectProperty<Font> font =
            new SimpleStyleableObjectProperty<>(StyleableProperties.FONT, this, "font", Font.getDefault());

    /** Font of the axis and era texts, and the base of the marks' em sizes ({@code -fx-font}, inherited). */
    public final ObjectProperty<Font> fontProperty() {
        return font;
    }

    public final Font getFont() {
        Font f = font.get();
        return f == null ? Font.getDefault() : f;
    }

    public final void setFont(Font value) {
        font.set(value);
    }

    private final StyleableObjectProperty<Paint> axisColor = paint(StyleableProperties.AXIS, "axisColor");
    private final StyleableObjectProperty<Paint> gridColor = paint(StyleableProperties.GRID, "gridColor");
    private final StyleableObjectProperty<Paint> laneAltColor = paint(StyleableProperties.LANE_ALT, "laneAltColor");
    private final StyleableObjectProperty<Paint> eraColor = paint(StyleableProperties.ERA, "eraColor");
    private final StyleableObjectProperty<Paint> eraAltColor = paint(StyleableProperties.ERA_ALT, "eraAltColor");
    private final StyleableObjectProperty<Paint> eraTextColor = paint(StyleableProperties.ERA_TEXT, "eraTextColor");
    private final StyleableObjectProperty<Paint> todayColor = paint(StyleableProperties.TODAY, "todayColor");
    private final StyleableObjectProperty<Paint> todayTextColor =
            paint(StyleableProperties.TODAY_TEXT, "todayTextColor");
    private final StyleableObjectProperty<Paint> gapColor = paint(StyleableProperties.GAP, "gapColor");

    private StyleableObjectProperty<Paint> paint(CssMetaData<TimelineView, Paint> meta, String name) {
        return new SimpleStyleableObjectProperty<>(meta, this, name, meta.getInitialValue(this));
    }

    /** Axis line, ticks and their labels ({@code -tl-axis-color}). */
    public final ObjectProperty<Paint> axisColorProperty() {
        return axisColor;
    }

    /** Grid lines ({@code -tl-grid-color}). */
    public final ObjectProperty<Paint> gridColorProperty() {
        return gridColor;
    }

    /** Fill of every other lane ({@code -tl-lane-alt-color}). */
    public final ObjectProperty<Paint> laneAltColorProperty() {
        return laneAltColor;
    }

    /** Fill of eras, alternating with {@code -tl-era-alt-color} ({@code -tl-era-color}). */
    public final ObjectProperty<Paint> eraColorProperty() {
        return eraColor;
    }

    public final ObjectProperty<Paint> eraAltColorProperty() {
        return eraAltColor;
    }

    /** Era labels and boundaries ({@code -tl-era-text-color}). */
    public final ObjectProperty<Paint> eraTextColorProperty() {
        return eraTextColor;
    }

    /** The today marker ({@code -tl-today-color}) and its label's text ({@code -tl-today-text-color}). */
    public final ObjectProperty<Paint> todayColorProperty() {
        return todayColor;
    }

    public final ObjectProperty<Paint> todayTextColorProperty() {
        return todayTextColor;
    }

    /** Fill of compressed gaps ({@code -tl-gap-color}). */
    public final ObjectProperty<Paint> gapColorProperty() {
        return gapColor;
    }

    Paint axisColor() {
        return axisColor.get();
    }

    Paint gridColor() {
        return gridColor.get();
    }

    Paint laneAltColor() {
        return laneAltColor.get();
    }

    Paint eraColor(int i) {
        return i % 2 == 0 ? eraColor.get() : eraAltColor.get();
    }

    Paint eraTextColor() {
        return eraTextColor.get();
    }

    Paint todayColor() {
        return todayColor.get();
    }

    Paint todayTextColor() {
        return todayTextColor.get();
    }

    Paint gapColor() {
        return gapColor.get();
    }

    private static final class PaintMetaData extends CssMetaData<TimelineView, Paint> {
        private final Function<TimelineView, StyleableObjectProperty<Paint>> property;

        PaintMetaData(String name, Paint initial, Function<TimelineView, StyleableObjectProperty<Paint>> property) {
            super(name, StyleConverter.getPaintConverter(), initial);
            this.property = property;
        }

        @Override
        public boolean isSettable(TimelineView view) {
            return !property.apply(view).isBound();
        }

        @Override
        public StyleableProperty<Paint> getStyleableProperty(TimelineView view) {
            return property.apply(view);
        }
    }

    private static final class StyleableProperties {
        // The literals only matter when the stylesheet is missing; timeline-view.css sets the real defaults.
        static final CssMetaData<TimelineView, Paint> AXIS =
                new PaintMetaData("-tl-axis-color", Color.web("#3a4350"), v -> v.axisColor);
        static final CssMetaData<TimelineView, Paint> GRID =
                new PaintMetaData("-tl-grid-color", Color.web("#3a435024"), v -> v.gridColor);
        static final CssMetaData<TimelineView, Paint> LANE_ALT =
                new PaintMetaData("-tl-lane-alt-color", Color.web("#3a43500c"), v -> v.laneAltColor);
        static final CssMetaData<TimelineView, Paint> ERA =
                new PaintMetaData("-tl-era-color", Color.web("#6e54b41a"), v -> v.eraColor);
        static final CssMetaData<TimelineView, Paint> ERA_ALT =
                new PaintMetaData("-tl-era-alt-color", Color.web("#1e8c961a"), v -> v.eraAltColor);
        static final CssMetaData<TimelineView, Paint> ERA_TEXT =
                new PaintMetaData("-tl-era-text-color", Color.web("#4a3a86"), v -> v.eraTextColor);
        static final CssMetaData<TimelineView, Paint> TODAY =
                new PaintMetaData("-tl-today-color", Color.web("#c8322a"), v -> v.todayColor);
        static final CssMetaData<TimelineView, Paint> TODAY_TEXT =
                new PaintMetaData("-tl-today-text-color", Color.WHITE, v -> v.todayTextColor);
        static final CssMetaData<TimelineView, Paint> GAP =
                new PaintMetaData("-tl-gap-color", Color.web("#3a435014"), v -> v.gapColor);
        static final FontCssMetaData<TimelineView> FONT = new FontCssMetaData<>("-fx-font", Font.getDefault()) {
            @Override
            public boolean isSettable(TimelineView view) {
                return !view.font.isBound();
            }

            @Override
            public StyleableProperty<Font> getStyleableProperty(TimelineView view) {
                return view.font;
            }
        };

        static final List<CssMetaData<? extends Styleable, ?>> ALL;

        static {
            List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>(Control.getClassCssMetaData());
            list.addAll(List.of(FONT, AXIS, GRID, LANE_ALT, ERA, ERA_ALT, ERA_TEXT, TODAY, TODAY_TEXT, GAP));
            ALL = Collections.unmodifiableList(list);
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return StyleableProperties.ALL;
    }

    @Override
    protected List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }
}
