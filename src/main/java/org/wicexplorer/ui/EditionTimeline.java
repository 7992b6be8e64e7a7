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
    private final ExplorerModel model;
    private final TimelineView view = new TimelineView();
    /** For each mark, the edition it belongs to (an edition's own mark maps to itself). */
    private final Map<TimelineItem, String> editionOf = new HashMap<>();
    private final Map<String, TimelineItem> editionMarks = new HashMap<>();
    private Consumer<TimelineItem> onOpen = item -> { };
    private boolean syncing;

    EditionTimeline(ExplorerModel model) {
        this.model = model;
        view.setId("timeline");
        view.setLocale(I18n.locale());
        view.setLaneNames(lane -> Formats.name(lane));
        view.setTodayText(I18n.t("timeline.today"));
        view.setGapFormatter(EditionTimeline::gap);
        view.getLanesOutsideFit().add(TimelineLane.IMPORTED);
        // The lanes shown are the session's: a window relabelled in another language shows the same ones.
        Session session = model.session();
        if (session.hiddenLanes().isEmpty() && model.dataset().milestones().stream().noneMatch(Milestone::fromImport)) {
            session.hiddenLanes().add(TimelineLane.IMPORTED);
        }
        Bindings.bindContentBidirectional(view.getHiddenLanes(), session.hiddenLanes());
        view.setCompressedAxis(session.compressedAxisProperty().get());
        view.compressedAxisProperty().bindBidirectional(session.compressedAxisProperty());
        load(model.dataset());
        model.libraryProperty().addListener((obs, old, library) -> follow(old, library));

        view.selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncing && item != null) {
                syncing = true;
                model.select(editionOf.get(item));
                syncing = false;
            }
        });
        model.selectedEditionProperty().addListener((obs, old, edition) -> {
            if (syncing || edition == null) {
                return;
            }
            TimelineItem current = view.getSelectedItem();
            if (current == null || !edition.id().equals(editionOf.get(current))
                    || current != editionMarks.get(edition.id())) {
                syncing = true;
                view.setSelectedItem(editionMarks.get(edition.id()));
                view.scrollIntoView(editionMarks.get(edition.id()));
                syncing = false;
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
        if (selected != null && editionMarks.containsKey(selected.id())) {
            syncing = true;
            view.setSelectedItem(editionMarks.get(selected.id()));
            view.scrollIntoView(editionMarks.get(selected.id()));
            syncing = false;
        }
    }

    /** Stops following the session's lanes: the window relabels itself with a new timeline. */
    void detach() {
        Bindings.unbindContentBidirectional(view.getHiddenLanes(), model.session().hiddenLanes());
        view.compressedAxisProperty().unbindBidirectional(model.session().compressedAxisProperty());
    }

    /** The marks and eras of a dataset. */
    private void load(Dataset d) {
        editionOf.clear();
        editionMarks.clear();
        view.setItems(FXCollections.observableArrayList(items(d)));
        view.setEras(FXCollections.observableArrayList(d.eras().stream().map(EditionTimeline::era).toList()));
    }

    /**
     * After an edit, an undo, a reset or an import: the marks are the library's as it now is; the part of
     * the timeline on screen and the selected edition stay (the session moves the selection to a neighbour
     * when the edition is gone). An import that brings the first imported events shows their lane.
     */
    private void follow(Library old, Library now) {
        boolean importedBefore = old != null && old.dataset().milestones().stream().anyMatch(Milestone::fromImport);
        boolean importedNow = now.dataset().milestones().stream().anyMatch(Milestone::fromImport);
        syncing = true;
        try {
            load(now.dataset());
            Edition selected = model.selectedEdition();
            TimelineItem mark = selected == null ? null : editionMarks.get(selected.id());
            view.setSelectedItem(mark);
        } finally {
            syncing = false;
        }
        if (importedNow && !importedBefore) {
            model.session().hiddenLanes().remove(TimelineLane.IMPORTED);
        }
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
    void setOnOpen(Consumer<TimelineItem> action) {
        onOpen = action;
    }

    /** The record id behind a mark: "wic-2015", or a document/controversy/milestone id after its lane prefix. */
    static String recordId(TimelineItem item) {
        int colon = item.id().indexOf(':');
        return colon < 0 ? item.id() : item.id().substring(colon + 1);
    }

    private List<TimelineItem> items(Dataset d) {
        List<TimelineItem> out = new ArrayList<>();
        for (Edition e : d.editions()) {
            TimelineItem item = editionItem(e, d);
            editionMarks.put(e.id(), item);
            editionOf.put(item, e.id());
            out.add(item);
        }
        for (ConferenceDocument doc : d.documents()) {
            Edition e = d.edition(doc.edition()).orElseThrow();
            LocalDate date = doc.date() != null ? doc.date() : e.dates().start();
            String title = doc.title().in(I18n.language());
            if (I18n.language() == org.wicexplorer.model.Language.ZH
                    && (doc.title().zh() == null || doc.title().zh().isBlank())) {
                // The sources give no Chinese title: say so rather than leave an English label unexplained.
                title = I18n.t("timeline.englishOnly", title);
            }
            add(out, new TimelineItem("document:" + doc.id(), TimelineLane.DOCUMENT, date, null,
                    Formats.name(doc.kind()), title, Formats.date(date),
                    I18n.t("timeline.documentMark", title, Formats.name(doc.kind()), Formats.date(date)), false,
                    Set.copyOf(doc.topics())), e.id());
        }
        for (Controversy c : d.controversies()) {
            Edition e = d.edition(c.edition()).orElseThrow();
            String title = c.title().in(I18n.language());
            add(out, new TimelineItem("controversy:" + c.id(), TimelineLane.CONTROVERSY, e.dates().start(),
                    e.dates().end(), e.label().in(I18n.language()), title, Formats.range(e.dates()),
                    I18n.t("timeline.controversyMark", title, String.valueOf(e.year())), false, Set.copyOf(c.topics())), e.id());
        }
        for (Milestone m : d.milestones()) {
            String title = m.title().in(I18n.language());
            String edition = m.edition() != null ? m.edition() : nearestEdition(d, m.date());
            // Imported events get a lane of their own, outside "fit all", so they never flatten the WIC editions.
            TimelineLane lane = m.fromImport() ? TimelineLane.IMPORTED : TimelineLane.MILESTONE;
            add(out, new TimelineItem("milestone:" + m.id(), lane, m.date(), m.end(),
                    Formats.monthYear(m.when()), title,
                    Formats.when(m), I18n.t("timeline.milestoneMark", title, Formats.when(m)), false,
                    Set.of()), edition);
        }
        return out;
    }

    private void add(List<TimelineItem> out, TimelineItem item, String edition) {
        editionOf.put(item, edition);
        out.add(item);
    }

    private static String nearestEdition(Dataset d, LocalDate date) {
        return d.editions().stream().min((a, b) -> Long.compare(
                Math.abs(a.dates().start().toEpochDay() - date.toEpochDay()),
                Math.abs(b.dates().start().toEpochDay() - date.toEpochDay()))).orElseThrow().id();
    }

    private static TimelineItem editionItem(Edition e, Dataset d) {
        String label = e.label().in(I18n.language());
        String theme = e.theme().isKnown() ? shortTheme(e.theme().in(I18n.language())) : I18n.t("timeline.themeUnknown");
        String dates = Formats.range(e.dates());
        String disputes = d.conflictsAt(e.id()).stream().map(c -> Formats.name(c.subject())).distinct()
                .collect(Collectors.joining(", "));
        String accessible = I18n.t("timeline.editionMark", e.name().in(I18n.language()), dates, theme)
                + (disputes.isEmpty() ? "" : " " + I18n.t("timeline.disputedMark", disputes));
        return new TimelineItem(e.id(), TimelineLane.EDITION, e.dates().start(), e.dates().end(), label, theme,
                shortDates(e), accessible, !disputes.isEmpty(), Set.copyOf(e.topics()));
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
