package org.wicexplorer.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.collections.FXCollections;
import javafx.collections.SetChangeListener;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.ConferenceDocument;
import org.wicexplorer.model.Controversy;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Era;
import org.wicexplorer.model.Milestone;
import org.wicexplorer.ui.timeline.TimelineEra;
import org.wicexplorer.ui.timeline.TimelineItem;
import org.wicexplorer.ui.timeline.TimelineLane;
import org.wicexplorer.ui.timeline.TimelineView;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Puts the dataset on the timeline control: editions, documents, controversies and milestones as marks,
 * eras behind them, and keeps the timeline's selection and the explorer's selected edition in step.
 */
public final class EditionTimeline {
    /*
     * The app's lanes, top to bottom. The control knows none of them: a fifth lane is a constant here, a line in
     * lanes(), a name in the messages and a colour in the stylesheet. Lanes are equal by id, so these constants
     * stand for the lanes whatever their header text.
     */
    /** The editions: bars with their names, dates and themes staggered under them; the compressed axis keeps them readable. */
    public static final TimelineLane EDITIONS = lane("edition", TimelineLane.Kind.BARS_WITH_TEXT);
    public static final TimelineLane DOCUMENTS = lane("document", TimelineLane.Kind.POINTS);
    public static final TimelineLane CONTROVERSIES = lane("controversy", TimelineLane.Kind.POINTS);
    public static final TimelineLane MILESTONES = lane("milestone", TimelineLane.Kind.POINTS);
    /** Imported timelines' events, apart from the WIC's own (issue 18), outside "fit all". */
    public static final TimelineLane IMPORTED = lane("imported", TimelineLane.Kind.POINTS);

    private final ExplorerModel model;
    private final TimelineView view = new TimelineView();
    private Consumer<TimelineItem<?>> onOpen = item -> { };
    private boolean syncing;
    /** The dataset the control's items were made from (null before the first). */
    private Dataset loaded;

    EditionTimeline(ExplorerModel model) {
        this.model = model;
        view.setId("timeline");
        view.setLocale(I18n.locale());
        view.getLanes().setAll(lanes());
        view.setCompressAround(EDITIONS);
        view.setTodayText(I18n.t("timeline.today"));
        view.setGapFormatter(EditionTimeline::gap);
        view.getLanesOutsideFit().add(IMPORTED);
        // The lanes shown are the session's: a window relabelled in another language shows the same ones.
        Session session = model.session();
        if (session.hiddenLanes().isEmpty() && !hasImported(model.dataset())) {
            session.hiddenLanes().add(IMPORTED);
        }
        Bindings.bindContentBidirectional(view.getHiddenLanes(), session.hiddenLanes());
        view.setCompressedAxis(session.compressedAxisProperty().get());
        view.compressedAxisProperty().bindBidirectional(session.compressedAxisProperty());
        load(model.dataset());
        model.libraryProperty().addListener((obs, old, library) -> follow(old, library));

        view.selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncing && item != null) {
                syncing = true;
                model.select(editionOf(item));
                syncing = false;
            }
        });
        model.selectedEditionProperty().addListener((obs, old, edition) -> {
            if (syncing || edition == null) {
                return;
            }
            TimelineItem<?> current = view.getSelectedItem();
            if (current == null || !edition.id().equals(editionOf(current))) {
                showSelected(markOf(edition.id()));
            }
        });
        view.setOnItemActivated(e -> onOpen.accept(e.getItem()));
        model.topicFilter().addListener((SetChangeListener<String>) change -> applyFilter());
        applyFilter();
        // The visible window keeps its dates across axis modes; in the other mode those dates make a very
        // different picture, so switching modes starts from the whole timeline again.
        view.compressedAxisProperty().addListener((obs, was, now) -> view.fitAll());
        view.fitAll();
        // Built again in another language: the session's edition is selected, as it was.
        Edition selected = model.selectedEdition();
        if (selected != null) {
            showSelected(markOf(selected.id()));
        }
    }

    /** Selects the mark of the session's edition (none when it has none) and brings it into view. */
    private void showSelected(TimelineItem<?> mark) {
        syncing = true;
        view.setSelectedItem(mark);
        if (mark != null) {
            view.scrollIntoView(mark);
        }
        syncing = false;
    }

    /** Stops following the session's lanes: the window relabels itself with a new timeline. */
    void detach() {
        Bindings.unbindContentBidirectional(view.getHiddenLanes(), model.session().hiddenLanes());
        view.compressedAxisProperty().unbindBidirectional(model.session().compressedAxisProperty());
    }

    /**
     * The marks and eras of a dataset. An item that an edit left as it was stays the same object, so the control
     * keeps its mark bound as it was (it matches marks to items by identity, which keeps panning cheap); only
     * the items that changed get a mark bound anew. An item is not even built again when the records it is
     * made of are the very objects it was made of (an edit replaces only the records it changes): the edited
     * edition's mark is the one item an edit of its theme builds.
     */
    private void load(Dataset d) {
        Map<String, TimelineItem<?>> before = new HashMap<>();
        if (view.getItems() != null) {
            for (TimelineItem<?> item : view.getItems()) {
                before.put(item.id(), item);
            }
        }
        Dataset previous = loaded;
        List<TimelineItem<?>> now = items(d, previous == null ? Map.of() : before, previous);
        for (int i = 0; i < now.size(); i++) {
            TimelineItem<?> same = before.get(now.get(i).id());
            if (same != null && same != now.get(i) && same.equals(now.get(i))) {
                now.set(i, same);
            }
        }
        loaded = d;
        view.setItems(FXCollections.observableArrayList(now));
        if (previous == null || !previous.eras().equals(d.eras())) {
            view.setEras(FXCollections.observableArrayList(d.eras().stream().map(EditionTimeline::era).toList()));
        }
    }

    /** An edition's own mark, found by the record it carries. */
    private TimelineItem<?> markOf(String editionId) {
        return view.getItems().stream()
                .filter(i -> i.userObject() instanceof Edition e && e.id().equals(editionId))
                .findFirst().orElse(null);
    }

    /**
     * After an edit, an undo, a reset or an import: the marks are the library's as it now is; the part of
     * the timeline on screen and the selected edition stay (the session moves the selection to a neighbour
     * when the edition is gone). An import that brings the first imported events shows their lane.
     */
    private void follow(Library old, Library now) {
        boolean importedBefore = old != null && hasImported(old.dataset());
        boolean importedNow = hasImported(now.dataset());
        syncing = true;
        try {
            load(now.dataset());
            Edition selected = model.selectedEdition();
            view.setSelectedItem(selected == null ? null : markOf(selected.id()));
        } finally {
            syncing = false;
        }
        if (importedNow && !importedBefore) {
            model.session().hiddenLanes().remove(IMPORTED);
        }
    }

    /** Whether the dataset holds events of an imported timeline (they have a lane of their own). */
    static boolean hasImported(Dataset d) {
        return d.milestones().stream().anyMatch(Milestone::fromImport);
    }

    /** The dataset's timeline on its own, whole, with nothing selected: what the command line exports. */
    public static TimelineView standalone(Dataset dataset, SeedLibrary seeds) {
        return new EditionTimeline(new ExplorerModel(dataset, seeds)).view();
    }

    /** A new predicate each time, so the control sees the change and re-dims its marks. */
    private void applyFilter() {
        view.setFilter(item -> model.passesFilter(item.topics()));
    }

    public TimelineView view() {
        return view;
    }

    Node node() {
        return view;
    }

    /** What happens on Enter or a double click on a mark. */
    void setOnOpen(Consumer<TimelineItem<?>> action) {
        onOpen = action;
    }

    /** The app's lanes top to bottom, as ids (their header texts are {@code timelineLane.ID} in the messages). */
    static final List<TimelineLane> LANES = List.of(EDITIONS, DOCUMENTS, CONTROVERSIES, MILESTONES, IMPORTED);

    /** The app's lanes with their names in the current language. */
    static List<TimelineLane> lanes() {
        return List.of(EDITIONS.withName(I18n.t("timelineLane.edition")),
                DOCUMENTS.withName(I18n.t("timelineLane.document")),
                CONTROVERSIES.withName(I18n.t("timelineLane.controversy")),
                MILESTONES.withName(I18n.t("timelineLane.milestone")),
                IMPORTED.withName(I18n.t("timelineLane.imported")));
    }

    private static TimelineLane lane(String id, TimelineLane.Kind kind) {
        return new TimelineLane(id, id, "lane-" + id, kind);
    }

    /** The edition a mark belongs to, read from the record it carries (an edition's own mark is itself). */
    private String editionOf(TimelineItem<?> item) {
        Object record = item.userObject();
        if (record instanceof Edition e) {
            return e.id();
        } else if (record instanceof ConferenceDocument doc) {
            return doc.edition();
        } else if (record instanceof Controversy c) {
            return c.edition();
        } else if (record instanceof Milestone m) {
            return m.edition() != null ? m.edition() : nearestEdition(model.dataset(), m.date());
        }
        return null;
    }

    /**
     * The items of a dataset; an item of {@code before} (the items of {@code previous}) is kept as it is when
     * the records it was made of are the same objects in {@code d}.
     */
    private List<TimelineItem<?>> items(Dataset d, Map<String, TimelineItem<?>> before, Dataset previous) {
        List<TimelineItem<?>> out = new ArrayList<>();
        for (Edition e : d.editions()) {
            TimelineItem<?> kept = before.get(e.id());
            out.add(kept != null && kept.userObject() == e && previous.conflictsAt(e.id()).equals(d.conflictsAt(e.id()))
                    ? kept : editionItem(e, d));
        }
        for (ConferenceDocument doc : d.documents()) {
            Edition e = d.edition(doc.edition()).orElseThrow();
            TimelineItem<?> kept = before.get("document:" + doc.id());
            if (kept != null && kept.userObject() == doc && sameEdition(previous, e)) {
                out.add(kept);
                continue;
            }
            LocalDate date = doc.date() != null ? doc.date() : e.dates().start();
            String title = doc.title().in(I18n.language());
            if (I18n.language() == org.wicexplorer.model.Language.ZH
                    && (doc.title().zh() == null || doc.title().zh().isBlank())) {
                // The sources give no Chinese title: say so rather than leave an English label unexplained.
                title = I18n.t("timeline.englishOnly", title);
            }
            out.add(new TimelineItem<>("document:" + doc.id(), DOCUMENTS, date, null,
                    Formats.name(doc.kind()), title, Formats.date(date),
                    I18n.t("timeline.documentMark", title, Formats.name(doc.kind()), Formats.date(date)), false,
                    Set.copyOf(doc.topics()), doc));
        }
        for (Controversy c : d.controversies()) {
            Edition e = d.edition(c.edition()).orElseThrow();
            TimelineItem<?> kept = before.get("controversy:" + c.id());
            if (kept != null && kept.userObject() == c && sameEdition(previous, e)) {
                out.add(kept);
                continue;
            }
            String title = c.title().in(I18n.language());
            out.add(new TimelineItem<>("controversy:" + c.id(), CONTROVERSIES, e.dates().start(),
                    e.dates().end(), e.label().in(I18n.language()), title, Formats.range(e.dates()),
                    I18n.t("timeline.controversyMark", title, String.valueOf(e.year())), false, Set.copyOf(c.topics()),
                    c));
        }
        for (Milestone m : d.milestones()) {
            TimelineItem<?> kept = before.get("milestone:" + m.id());
            if (kept != null && kept.userObject() == m) {
                out.add(kept);
                continue;
            }
            String title = m.title().in(I18n.language());
            // Imported events get a lane of their own, outside "fit all", so they never flatten the WIC editions.
            TimelineLane lane = m.fromImport() ? IMPORTED : MILESTONES;
            out.add(new TimelineItem<>("milestone:" + m.id(), lane, m.date(), m.end(),
                    Formats.monthYear(m.when()), title,
                    Formats.when(m), I18n.t("timeline.milestoneMark", title, Formats.when(m)), false,
                    Set.of(), m));
        }
        return out;
    }

    /** Whether {@code e} is the very record {@code previous} holds under its id. */
    private static boolean sameEdition(Dataset previous, Edition e) {
        return previous.edition(e.id()).orElse(null) == e;
    }

    private static String nearestEdition(Dataset d, LocalDate date) {
        return d.editions().stream().min((a, b) -> Long.compare(
                Math.abs(a.dates().start().toEpochDay() - date.toEpochDay()),
                Math.abs(b.dates().start().toEpochDay() - date.toEpochDay()))).orElseThrow().id();
    }

    private static TimelineItem<Edition> editionItem(Edition e, Dataset d) {
        String label = e.label().in(I18n.language());
        String theme = e.theme().isKnown() ? shortTheme(e.theme().in(I18n.language())) : I18n.t("timeline.themeUnknown");
        String dates = Formats.range(e.dates());
        String disputes = d.conflictsAt(e.id()).stream().map(c -> Formats.name(c.subject())).distinct()
                .collect(Collectors.joining(", "));
        String accessible = I18n.t("timeline.editionMark", e.name().in(I18n.language()), dates, theme)
                + (disputes.isEmpty() ? "" : " " + I18n.t("timeline.disputedMark", disputes));
        return new TimelineItem<>(e.id(), EDITIONS, e.dates().start(), e.dates().end(), label, theme,
                shortDates(e), accessible, !disputes.isEmpty(), Set.copyOf(e.topics()), e);
    }

    /** The distinctive half of a theme: every theme since 2015 ends with the same "community" slogan. */
    static String shortTheme(String theme) {
        for (String separator : new String[] {"——", " – ", " — ", " -- ", ": "}) {
            int at = theme.indexOf(separator);
            if (at > 0) {
                return theme.substring(0, at).strip();
            }
        }
        return theme;
    }

    private static String shortDates(Edition e) {
        return Formats.range(e.dates()).replaceAll(",? ?" + e.year() + "年?", "").strip();
    }

    private static TimelineEra era(Era e) {
        return new TimelineEra(e.id(), e.start(), e.end(), e.label().in(I18n.language()));
    }

    private static String gap(Period p) {
        int months = p.getYears() * 12 + p.getMonths();
        return months >= 1 ? I18n.t("timeline.gapMonths", months) : I18n.t("timeline.gapDays", p.getDays());
    }
}
