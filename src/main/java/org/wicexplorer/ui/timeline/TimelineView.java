package org.wicexplorer.ui.timeline;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.BooleanPropertyBase;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ObjectPropertyBase;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
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
 * zoom, and an optional axis compressed around the editions so that each edition's days are readable.
 *
 * <p><b>Window.</b> {@link #visibleStartProperty() visibleStart} and {@link #visibleEndProperty() visibleEnd}
 * are epoch days (days since 1970-01-01, {@link LocalDate#toEpochDay()}), fractional, start inclusive and end
 * exclusive: the window {@code [16393, 16396)} shows 19–21 Nov 2014 exactly. Both are NaN until something sets
 * them; the first layout then fits all items. They keep meaning dates in compressed mode, where the same window
 * is just drawn differently.
 *
 * <p><b>Keyboard.</b> Left/Right select the previous/next edition, Home/End the first/last; Shift+Left/Right
 * pan; + (also = and numpad +) and − (numpad −) zoom around the selection or the centre; 0 fits all; Enter
 * fires {@link #onItemActivatedProperty() onItemActivated}. Mouse: wheel zooms at the cursor, horizontal wheel
 * and dragging pan, a click selects, a double-click activates.
 *
 * <p><b>Style.</b> Style class {@code timeline-view}; marks are {@code timeline-mark} plus the lane's class
 * ({@link TimelineLane#styleClass()}) with pseudo-classes {@code :selected}, {@code :dimmed}, {@code :disputed},
 * {@code :point}, {@code :open-end}. What the canvas draws takes its colours from the {@code -tl-*-color}
 * properties set in {@code timeline-view.css}; override them on {@code .timeline-view} in a theme.
 */
public class TimelineView extends Control {

    public static final String DEFAULT_STYLE_CLASS = "timeline-view";

    /** Above this many items in view, a lane is drawn as density bars instead of one node per item. */
    public static final int DEFAULT_LANE_NODE_CAP = 300;

    /** Days kept on each side of an edition on the compressed axis. */
    static final double COMPRESSION_PAD_DAYS = 1;
    /** Width of a compressed gap, in days of an edition. */
    static final double COMPRESSION_GAP_UNITS = 5;
    /** The narrowest window, in axis units (days on the linear axis): about one day across the screen. */
    static final double MIN_WINDOW_UNITS = 1;

    private TimelineIndex index;
    private CompressedAxis compressedAxis;
    private double viewportLeft;
    private double viewportWidth;

    public TimelineView() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        // Through the styleable property, so a stylesheet can still turn it off.
        @SuppressWarnings("unchecked")
        StyleableProperty<Boolean> traversable = (StyleableProperty<Boolean>) focusTraversableProperty();
        traversable.applyStyle(null, Boolean.TRUE);
        hiddenLanes.addListener((SetChangeListener<TimelineLane>) c -> requestLayout());
        setItems(FXCollections.observableArrayList());
        setEras(FXCollections.observableArrayList());
    }

    public TimelineView(List<TimelineItem> items) {
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

    private final ListChangeListener<TimelineItem> itemsListener = c -> itemsChanged();
    private final WeakListChangeListener<TimelineItem> weakItemsListener = new WeakListChangeListener<>(itemsListener);

    private final ObjectProperty<ObservableList<TimelineItem>> items = new SimpleObjectProperty<>(this, "items") {
        private ObservableList<TimelineItem> old;

        @Override
        protected void invalidated() {
            if (old != null) {
                old.removeListener(weakItemsListener);
            }
            old = get();
            if (old != null) {
                old.addListener(weakItemsListener);
            }
            itemsChanged();
        }
    };

    /** Everything drawn on the timeline. Replacing or changing the list re-indexes it once. */
    public final ObjectProperty<ObservableList<TimelineItem>> itemsProperty() {
        return items;
    }

    public final ObservableList<TimelineItem> getItems() {
        return items.get();
    }

    public final void setItems(ObservableList<TimelineItem> value) {
        items.set(value);
    }

    private void itemsChanged() {
        index = null;
        compressedAxis = null;
        requestLayout();
    }

    /** The items sorted per lane; built on first use after a change. */
    TimelineIndex index() {
        if (index == null) {
            List<TimelineItem> list = getItems();
            index = new TimelineIndex(list == null ? List.of() : list);
        }
        return index;
    }

    // ----------------------------------------------------------------------------------------------- eras

    private final InvalidationListener erasListener = o -> requestLayout();

    private final ObjectProperty<ObservableList<TimelineEra>> eras = new SimpleObjectProperty<>(this, "eras") {
        private ObservableList<TimelineEra> old;

        @Override
        protected void invalidated() {
            if (old != null) {
                old.removeListener(erasListener);
            }
            old = get();
            if (old != null) {
                old.addListener(erasListener);
            }
            requestLayout();
        }
    };

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

    // ---------------------------------------------------------------------------------------- selection

    private final ObjectProperty<TimelineItem> selectedItem = new SimpleObjectProperty<>(this, "selectedItem") {
        @Override
        protected void invalidated() {
            TimelineItem item = get();
            setAccessibleText(item == null ? null : item.accessibleText());
            notifyAccessibleAttributeChanged(AccessibleAttribute.FOCUS_ITEM);
            notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED_ITEMS);
            requestLayout();
        }
    };

    /** The highlighted item; the control's accessible text follows it. */
    public final ObjectProperty<TimelineItem> selectedItemProperty() {
        return selectedItem;
    }

    public final TimelineItem getSelectedItem() {
        return selectedItem.get();
    }

    public final void setSelectedItem(TimelineItem value) {
        selectedItem.set(value);
    }

    // ---------------------------------------------------------------------------------- compressed axis

    private BooleanProperty compressedAxisMode;

    /**
     * Whether the empty months between editions are collapsed into narrow, labelled gaps, so that the editions'
     * days sit side by side. Items in a gap keep their order, spread evenly across it.
     */
    public final BooleanProperty compressedAxisProperty() {
        if (compressedAxisMode == null) {
            compressedAxisMode = new BooleanPropertyBase(false) {
                @Override
                protected void invalidated() {
                    requestLayout();
                }

                @Override
                public Object getBean() {
                    return TimelineView.this;
                }

                @Override
                public String getName() {
                    return "compressedAxis";
                }
            };
        }
        return compressedAxisMode;
    }

    public final boolean isCompressedAxis() {
        return compressedAxisMode != null && compressedAxisMode.get();
    }

    public final void setCompressedAxis(boolean value) {
        compressedAxisProperty().set(value);
    }

    // -------------------------------------------------------------------------------------------- window

    private final DoubleProperty visibleStart = new WindowProperty("visibleStart");
    private final DoubleProperty visibleEnd = new WindowProperty("visibleEnd");

    private final class WindowProperty extends SimpleDoubleProperty {
        WindowProperty(String name) {
            super(TimelineView.this, name, Double.NaN);
        }

        @Override
        protected void invalidated() {
            requestLayout();
        }
    }

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

    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(this, "today", LocalDate.now()) {
        @Override
        protected void invalidated() {
            compressedAxis = null;
            requestLayout();
        }
    };

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

    // ------------------------------------------------------------------------------------ lanes, filter

    private final ObservableSet<TimelineLane> hiddenLanes = FXCollections.observableSet(EnumSet.noneOf(TimelineLane.class));

    /** Lanes not drawn at all: no header, no marks, and the other lanes take their space. */
    public final ObservableSet<TimelineLane> getHiddenLanes() {
        return hiddenLanes;
    }

    private ObjectProperty<Predicate<TimelineItem>> filter;

    /** Items failing the filter are dimmed ({@code :dimmed}), or hidden when {@link #hideFilteredProperty()}. */
    public final ObjectProperty<Predicate<TimelineItem>> filterProperty() {
        if (filter == null) {
            filter = new SimpleObjectProperty<>(this, "filter") {
                @Override
                protected void invalidated() {
                    requestLayout();
                }
            };
        }
        return filter;
    }

    public final Predicate<TimelineItem> getFilter() {
        return filter == null ? null : filter.get();
    }

    public final void setFilter(Predicate<TimelineItem> value) {
        filterProperty().set(value);
    }

    private BooleanProperty hideFiltered;

    public final BooleanProperty hideFilteredProperty() {
        if (hideFiltered == null) {
            hideFiltered = new BooleanPropertyBase(false) {
                @Override
                protected void invalidated() {
                    requestLayout();
                }

                @Override
                public Object getBean() {
                    return TimelineView.this;
                }

                @Override
                public String getName() {
                    return "hideFiltered";
                }
            };
        }
        return hideFiltered;
    }

    public final boolean isHideFiltered() {
        return hideFiltered != null && hideFiltered.get();
    }

    public final void setHideFiltered(boolean value) {
        hideFilteredProperty().set(value);
    }

    /** Whether the item passes the filter (true when there is none). */
    public final boolean passesFilter(TimelineItem item) {
        Predicate<TimelineItem> f = getFilter();
        return f == null || f.test(item);
    }

    /** Whether the item is drawn at all: its lane is shown and the filter does not hide it. */
    public final boolean isDisplayed(TimelineItem item) {
        return !hiddenLanes.contains(item.lane()) && (!isHideFiltered() || passesFilter(item));
    }

    private static final Function<TimelineLane, String> ENGLISH_LANE_NAMES = lane -> switch (lane) {
        case EDITION -> "Editions";
        case DOCUMENT -> "Documents";
        case CONTROVERSY -> "Controversies";
        case MILESTONE -> "Milestones";
        case IMPORTED -> "Imported";
    };

    private ObjectProperty<Function<TimelineLane, String>> laneNames;

    /** Lane header texts, so the app can localise them; English by default. */
    public final ObjectProperty<Function<TimelineLane, String>> laneNamesProperty() {
        if (laneNames == null) {
            laneNames = new SimpleObjectProperty<>(this, "laneNames", ENGLISH_LANE_NAMES) {
                @Override
                protected void invalidated() {
                    requestLayout();
                }
            };
        }
        return laneNames;
    }

    public final Function<TimelineLane, String> getLaneNames() {
        Function<TimelineLane, String> f = laneNames == null ? null : laneNames.get();
        return f == null ? ENGLISH_LANE_NAMES : f;
    }

    public final void setLaneNames(Function<TimelineLane, String> value) {
        laneNamesProperty().set(value);
    }

    // ------------------------------------------------------------------------------------ texts, formats

    private final StringProperty todayText = new SimpleStringProperty(this, "todayText", "Today") {
        @Override
        protected void invalidated() {
            requestLayout();
        }
    };

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
            new SimpleObjectProperty<>(this, "gapFormatter", ENGLISH_GAP_FORMAT) {
                @Override
                protected void invalidated() {
                    requestLayout();
                }
            };

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
            new SimpleObjectProperty<>(this, "locale", Locale.getDefault(Locale.Category.FORMAT)) {
                @Override
                protected void invalidated() {
                    requestLayout();
                }
            };

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

    private final IntegerProperty laneNodeCap = new SimpleIntegerProperty(this, "laneNodeCap", DEFAULT_LANE_NODE_CAP) {
        @Override
        protected void invalidated() {
            requestLayout();
        }
    };

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
    public final void activate(TimelineItem item) {
        if (item != null) {
            fireEvent(new TimelineEvent(this, this, TimelineEvent.ITEM_ACTIVATED, item));
        }
    }

    // ----------------------------------------------------------------------------- navigation: the window

    /** Lanes that {@link #fitAll} leaves out, with the eras that start before the rest: imported material. */
    private final Set<TimelineLane> lanesOutsideFit = EnumSet.noneOf(TimelineLane.class);

    /** The lanes "fit all" leaves out (only {@link #fitEverything} shows them whole), e.g. an imported world history. */
    public Set<TimelineLane> getLanesOutsideFit() {
        return lanesOutsideFit;
    }

    /**
     * Shows every displayed item and era with a little margin, apart from the lanes outside the fit and the
     * eras that begin before the items that are fitted; with nothing to show, all years to today.
     */
    public void fitAll() {
        fit(false);
    }

    /** As {@link #fitAll}, with every lane and era. */
    public void fitEverything() {
        fit(true);
    }

    private void fit(boolean everything) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        TimelineIndex idx = index();
        boolean scan = isHideFiltered() && getFilter() != null;
        for (TimelineLane lane : TimelineLane.values()) {
            TimelineIndex.Lane items = idx.lane(lane);
            if (hiddenLanes.contains(lane) || items.size() == 0 || !everything && lanesOutsideFit.contains(lane)) {
                continue;
            }
            if (!scan) {
                min = Math.min(min, items.start(0));
                max = Math.max(max, items.maxEnd());
                continue;
            }
            for (int i = 0; i < items.size(); i++) {
                if (passesFilter(items.get(i))) {
                    min = Math.min(min, items.start(i));
                    max = Math.max(max, items.end(i));
                }
            }
        }
        double firstItem = min;
        for (TimelineEra era : erasOrEmpty()) {
            if (!everything && !lanesOutsideFit.isEmpty() && firstItem < Double.POSITIVE_INFINITY
                    && era.start().toEpochDay() < firstItem) {
                continue;
            }
            min = Math.min(min, era.start().toEpochDay());
            max = Math.max(max, era.endDayExclusive(getToday()));
        }
        if (!(max > min)) {
            showAllYears();
            return;
        }
        double u0 = unit(min);
        double u1 = unit(max);
        double pad = Math.max(0.5, (u1 - u0) * 0.03);
        // Text runs right of its mark, so the last item needs room for its label beyond its bar.
        double labelShare = Math.min(0.3, 9 * getFont().getSize() / viewportWidth());
        double span = (u1 - u0 + 2 * pad) / (1 - labelShare);
        setWindowUnits(u0 - pad, u0 - pad + span, false);
    }

    /** From January of the first item's year to the end of today's year. */
    public void showAllYears() {
        double[] domain = domain();
        setVisibleRange(domain[0], domain[1]);
    }

    /** The whole of one year. */
    public void showYear(int year) {
        showDates(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The item's days with a little room on both sides: an edition's programme at a glance. */
    public void showItemDays(TimelineItem item) {
        double length = item.endDayExclusive() - item.startDay();
        double pad = Math.max(0.5, length * 0.25);
        setWindowUnits(unit(item.startDay() - pad), unit(item.endDayExclusive() + pad), false);
    }

    /**
     * Zooms keeping the date under {@code anchorX} in place.
     *
     * @param factor  above 1 zooms in (shows less), below 1 zooms out
     * @param anchorX x in this control's coordinates
     */
    public void zoom(double factor, double anchorX) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            return;
        }
        ensureWindow();
        double w = viewportWidth();
        double fraction = clamp((anchorX - viewportLeft) / w, 0, 1);
        double u0 = unit(getVisibleStart());
        double u1 = unit(getVisibleEnd());
        double anchor = u0 + (u1 - u0) * fraction;
        double span = clampSpan((u1 - u0) / factor);
        double start = anchor - span * fraction;
        setWindowUnits(start, start + span, true);
    }

    /** Moves the content by {@code dx} pixels, as dragging does: positive shows earlier dates. */
    public void panByPixels(double dx) {
        ensureWindow();
        double u0 = unit(getVisibleStart());
        double u1 = unit(getVisibleEnd());
        double du = -dx * (u1 - u0) / viewportWidth();
        setWindowUnits(u0 + du, u1 + du, true);
    }

    /** Pans the least needed to bring the item fully into view (centres it if it is wider than the window). */
    public void scrollIntoView(TimelineItem item) {
        ensureWindow();
        double u0 = unit(getVisibleStart());
        double u1 = unit(getVisibleEnd());
        double span = u1 - u0;
        double margin = span * 0.08;
        double a = unit(item.startDay());
        double b = unit(item.endDayExclusive());
        double shift;
        if (b - a > span - 2 * margin) {
            shift = (a + b) / 2 - (u0 + u1) / 2;
        } else if (a < u0 + margin) {
            shift = a - (u0 + margin);
        } else if (b > u1 - margin) {
            shift = b - (u1 - margin);
        } else {
            return;
        }
        setWindowUnits(u0 + shift, u1 + shift, false);
    }

    /** Sets the window from axis units, keeping it a sensible size and, if asked, near the data. */
    private void setWindowUnits(double u0, double u1, boolean keepNearDomain) {
        double span = clampSpan(u1 - u0);
        double centre = (u0 + u1) / 2;
        double start = Math.abs((u1 - u0) - span) <= 1e-9 * span ? u0 : centre - span / 2;
        if (keepNearDomain) {
            // The window's centre stays over the domain, so the user cannot pan or zoom into empty centuries.
            double[] domain = domain();
            double lo = unit(domain[0]) - span / 2;
            double hi = unit(domain[1]) - span / 2;
            start = clamp(start, lo, hi);
        }
        double startDay = dayOfUnit(start);
        double endDay = dayOfUnit(start + span);
        visibleStart.set(startDay);
        visibleEnd.set(endDay);
    }

    private double clampSpan(double span) {
        double[] domain = domain();
        double max = Math.max(3 * (unit(domain[1]) - unit(domain[0])), 2 * MIN_WINDOW_UNITS);
        return clamp(span, MIN_WINDOW_UNITS, max);
    }

    /** Fits all when nothing has set the window yet. */
    void ensureWindow() {
        if (!(getVisibleEnd() > getVisibleStart())) {
            fitAll();
        }
    }

    /** Jan 1 of the first item's year up to Jan 1 after the later of today's year and the last item. */
    double[] domain() {
        TimelineIndex idx = index();
        int todayYear = getToday().getYear();
        int first = idx.isEmpty() ? todayYear : LocalDate.ofEpochDay((long) idx.minDay()).getYear();
        int last = idx.isEmpty() ? todayYear
                : Math.max(todayYear, LocalDate.ofEpochDay((long) idx.maxDay() - 1).getYear());
        return new double[] {LocalDate.of(first, 1, 1).toEpochDay(), LocalDate.of(last + 1, 1, 1).toEpochDay()};
    }

    // ------------------------------------------------------------------------- navigation: the selection

    /**
     * Selects the next displayed mark in date order in the selected mark's lane (editions when nothing is
     * selected) and scrolls it into view.
     */
    public void selectNext() {
        step(+1);
    }

    /** Selects the previous displayed mark in the selected mark's lane, as {@link #selectNext()}. */
    public void selectPrevious() {
        step(-1);
    }

    public void selectFirst() {
        selectFrom(TimelineLane.EDITION, 0, +1);
    }

    public void selectLast() {
        selectFrom(TimelineLane.EDITION, index().lane(TimelineLane.EDITION).size() - 1, -1);
    }

    /**
     * Moves the selection to the next shown lane below ({@code direction} +1) or above (-1) that has a
     * displayed mark, onto the mark nearest in time, so the keyboard reaches every lane's marks.
     */
    public void selectInNeighbourLane(int direction) {
        TimelineItem selected = getSelectedItem();
        if (selected == null) {
            step(+1);
            return;
        }
        double day = (selected.startDay() + selected.endDayExclusive()) / 2;
        TimelineLane[] lanes = TimelineLane.values();
        for (int l = selected.lane().ordinal() + Integer.signum(direction); l >= 0 && l < lanes.length;
                l += Integer.signum(direction)) {
            TimelineItem nearest = nearestDisplayed(lanes[l], day);
            if (nearest != null) {
                setSelectedItem(nearest);
                scrollIntoView(nearest);
                return;
            }
        }
    }

    private TimelineItem nearestDisplayed(TimelineLane lane, double day) {
        if (getHiddenLanes().contains(lane)) {
            return null;
        }
        TimelineIndex.Lane marks = index().lane(lane);
        TimelineItem best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < marks.size(); i++) {
            TimelineItem item = marks.get(i);
            double distance = Math.abs((item.startDay() + item.endDayExclusive()) / 2 - day);
            if (distance < bestDistance && isDisplayed(item)) {
                best = item;
                bestDistance = distance;
            }
        }
        return best;
    }

    private void step(int direction) {
        TimelineItem selected = getSelectedItem();
        TimelineLane lane = selected == null ? TimelineLane.EDITION : selected.lane();
        TimelineIndex.Lane marks = index().lane(lane);
        int from;
        if (selected == null) {
            ensureWindow();
            // Nothing selected yet: start from what is on screen, which is where the user is looking.
            from = direction > 0 ? marks.firstStartingFrom(getVisibleStart())
                    : marks.firstStartingFrom(getVisibleEnd()) - 1;
            if (!selectFrom(lane, from, direction)) {
                selectFrom(lane, direction > 0 ? 0 : marks.size() - 1, direction);
            }
            return;
        }
        int at = marks.indexOf(selected);
        if (at >= 0) {
            from = at + direction;
        } else {
            int i = marks.firstStartingFrom(selected.startDay());
            from = direction > 0 ? i : i - 1;
        }
        selectFrom(lane, from, direction);
    }

    private boolean selectFrom(TimelineLane lane, int from, int direction) {
        TimelineIndex.Lane marks = index().lane(lane);
        for (int i = from; i >= 0 && i < marks.size(); i += direction) {
            TimelineItem item = marks.get(i);
            if (isDisplayed(item)) {
                setSelectedItem(item);
                scrollIntoView(item);
                return true;
            }
        }
        return false;
    }

    /** The displayed editions in date order (what Left/Right step through). */
    public List<TimelineItem> displayedEditions() {
        TimelineIndex.Lane editions = index().lane(TimelineLane.EDITION);
        List<TimelineItem> result = new ArrayList<>();
        for (int i = 0; i < editions.size(); i++) {
            if (isDisplayed(editions.get(i))) {
                result.add(editions.get(i));
            }
        }
        return Collections.unmodifiableList(result);
    }

    // -------------------------------------------------------------------------------- geometry queries

    /** The item whose mark is at a point in this control's coordinates. */
    public Optional<TimelineItem> itemAt(double x, double y) {
        return getSkin() instanceof TimelineSkin skin ? skin.itemAt(x, y) : Optional.empty();
    }

    /** Centre of the item's mark (its bar or glyph) in this control's coordinates, if it is on screen. */
    public Optional<Point2D> markCenter(TimelineItem item) {
        return getSkin() instanceof TimelineSkin skin ? skin.markCenter(item) : Optional.empty();
    }

    /** The (fractional) epoch day at x in this control's coordinates. */
    public double epochDayAt(double x) {
        ensureWindow();
        return scale().toDay(x - viewportLeft);
    }

    /** The x in this control's coordinates where a (fractional) epoch day is drawn. */
    public double xForDay(double epochDay) {
        ensureWindow();
        return viewportLeft + scale().toX(epochDay);
    }

    /** Where the time area is, in this control's coordinates; the skin reports it on every layout. */
    void setViewport(double left, double width) {
        viewportLeft = left;
        viewportWidth = width;
    }

    double viewportLeft() {
        return viewportLeft;
    }

    double viewportWidth() {
        if (viewportWidth > 0) {
            return viewportWidth;
        }
        return getWidth() > 0 ? getWidth() : 1000;
    }

    /** The scale of the current window over the time area. */
    AxisScale scale() {
        double start = getVisibleStart();
        double end = getVisibleEnd();
        if (!(end > start)) {
            double[] domain = domain();
            start = domain[0];
            end = domain[1];
        }
        CompressedAxis axis = activeCompressedAxis();
        return axis == null ? new TimeScale(start, end, viewportWidth())
                : new CompressedTimeScale(axis, start, end, viewportWidth());
    }

    /** The warp when compressed mode is on and there are editions to compress around; null otherwise. */
    CompressedAxis activeCompressedAxis() {
        if (!isCompressedAxis()) {
            return null;
        }
        TimelineIndex.Lane editions = index().lane(TimelineLane.EDITION);
        if (editions.size() == 0) {
            return null;
        }
        if (compressedAxis == null) {
            List<DayRange> spans = new ArrayList<>(editions.size());
            for (int i = 0; i < editions.size(); i++) {
                spans.add(new DayRange(editions.start(i), editions.end(i)));
            }
            double[] domain = domain();
            compressedAxis = CompressedAxis.build(spans, COMPRESSION_PAD_DAYS, COMPRESSION_GAP_UNITS,
                    domain[0], domain[1]);
        }
        return compressedAxis;
    }

    private double unit(double day) {
        CompressedAxis axis = activeCompressedAxis();
        return axis == null ? day : axis.toUnit(day);
    }

    private double dayOfUnit(double unit) {
        CompressedAxis axis = activeCompressedAxis();
        return axis == null ? unit : axis.toDay(unit);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
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
            new SimpleStyleableObjectProperty<>(StyleableProperties.FONT, this, "font", Font.getDefault()) {
                @Override
                protected void invalidated() {
                    requestLayout();
                }
            };

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
    private final StyleableObjectProperty<Paint> editionColor = paint(StyleableProperties.EDITION, "editionColor");
    private final StyleableObjectProperty<Paint> documentColor = paint(StyleableProperties.DOCUMENT, "documentColor");
    private final StyleableObjectProperty<Paint> controversyColor =
            paint(StyleableProperties.CONTROVERSY, "controversyColor");
    private final StyleableObjectProperty<Paint> milestoneColor =
            paint(StyleableProperties.MILESTONE, "milestoneColor");

    private StyleableObjectProperty<Paint> paint(CssMetaData<TimelineView, Paint> meta, String name) {
        return new SimpleStyleableObjectProperty<>(meta, this, name, meta.getInitialValue(this)) {
            @Override
            protected void invalidated() {
                requestLayout();
            }
        };
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

    /** The colour of a lane's density bars, from {@code -tl-edition-color} and its siblings. */
    public final ObjectProperty<Paint> laneColorProperty(TimelineLane lane) {
        return switch (lane) {
            case EDITION -> editionColor;
            case DOCUMENT -> documentColor;
            case CONTROVERSY -> controversyColor;
            // Imported timelines share the milestones' colour; their own lane sets them apart.
            case MILESTONE, IMPORTED -> milestoneColor;
        };
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

    Paint laneColor(TimelineLane lane) {
        return laneColorProperty(lane).get();
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
        static final CssMetaData<TimelineView, Paint> EDITION =
                new PaintMetaData("-tl-edition-color", Color.web("#1f5fbf"), v -> v.editionColor);
        static final CssMetaData<TimelineView, Paint> DOCUMENT =
                new PaintMetaData("-tl-document-color", Color.web("#2d7a4b"), v -> v.documentColor);
        static final CssMetaData<TimelineView, Paint> CONTROVERSY =
                new PaintMetaData("-tl-controversy-color", Color.web("#b0492a"), v -> v.controversyColor);
        static final CssMetaData<TimelineView, Paint> MILESTONE =
                new PaintMetaData("-tl-milestone-color", Color.web("#7b4bb0"), v -> v.milestoneColor);
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
            list.addAll(List.of(FONT, AXIS, GRID, LANE_ALT, ERA, ERA_ALT, ERA_TEXT, TODAY, TODAY_TEXT, GAP,
                    EDITION, DOCUMENT, CONTROVERSY, MILESTONE));
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
