package org.wicexplorer.ui.people;

import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.wicexplorer.model.Appearance;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Person;
import org.wicexplorer.ui.Formats;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.Sections;
import org.wicexplorer.ui.cite.CiteContext;
import org.wicexplorer.ui.cite.FactView;
import org.wicexplorer.ui.Styles;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Everyone in the dataset, and for the chosen person every appearance across the editions, each cited. */
public final class PeopleTab extends Tab {
    private final CiteContext cite;
    private final ListView<Person> list = new ListView<>();
    private final VBox detail = Sections.page();
    private boolean built;
    /** Everyone, most appearances first: the list the finder filters; refilled when the library changes. */
    private final javafx.collections.ObservableList<Person> everyone = javafx.collections.FXCollections.observableArrayList();

    public PeopleTab(CiteContext cite) {
        super(I18n.t("tab.people"));
        this.cite = cite;
        setId("tab-people");
        cite.model().libraryProperty().addListener((obs, old, library) -> follow());
        // Built when first shown: nothing of it is on screen at start-up (docs/performance.md, T1).
        selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                build();
            }
        });
    }

    private void build() {
        if (built) {
            return;
        }
        built = true;
        List<Person> sorted = sortedPeople();
        everyone.setAll(sorted);
        FilteredList<Person> filtered = new FilteredList<>(everyone);
        TextField filter = new TextField();
        filter.setId("people-filter");
        filter.setPromptText(I18n.t("people.filter"));
        filter.textProperty().addListener((obs, old, text) -> filtered.setPredicate(p -> matches(p, text)));
        AutoCompletionBinding<String> completion = TextFields.bindAutoCompletion(filter, names(sorted));
        completion.setOnAutoCompleted(e -> filtered.stream().findFirst().ifPresent(p -> {
            list.getSelectionModel().select(p);
            list.scrollTo(p);
        }));
        filter.getProperties().put(AUTO_COMPLETION, completion);
        list.setId("people-list");
        list.setItems(filtered);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Person p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : label(p));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> show(p));
        VBox left = new VBox(filter, list);
        left.getStyleClass().add("people-list-pane");
        VBox.setVgrow(list, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(0.3);
        setContent(split);
        show(null);
    }

    private List<Person> sortedPeople() {
        return cite.dataset().people().stream()
                .sorted(Comparator.comparingInt((Person p) -> -cite.dataset().appearancesOf(p.id()).size())
                        .thenComparing(p -> p.name().in(org.wicexplorer.model.Language.EN)))
                .toList();
    }

    /**
     * After an edit: everyone as the library now has them, the person shown kept (as now edited), the
     * finder's words and the list's scroll place left alone.
     */
    private void follow() {
        if (!built) {
            return;
        }
        Person shown = list.getSelectionModel().getSelectedItem();
        everyone.setAll(sortedPeople());
        Person now = shown == null ? null : cite.dataset().person(shown.id()).orElse(null);
        if (now != null) {
            list.getSelectionModel().select(now);
        }
        show(now);
    }

    /** The key under which the people finder keeps its auto-completion, for checks of the installed app. */
    public static final String AUTO_COMPLETION = "wic.autoCompletion";

    /** Every way a person can be looked up: names in both languages and the aliases. */
    private static List<String> names(List<Person> people) {
        return people.stream().flatMap(p -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(p.name().en(), p.name().zh()), p.aliases().stream()))
                .filter(n -> n != null && !n.isBlank()).distinct().sorted().toList();
    }

    private String label(Person p) {
        String en = p.name().en() == null ? "" : p.name().en();
        String zh = p.name().zh() == null || p.name().zh().equals(en) ? "" : "  " + p.name().zh();
        return en + zh + "  (" + cite.dataset().appearancesOf(p.id()).size() + ")";
    }

    private static boolean matches(Person p, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String q = text.strip().toLowerCase(Locale.ROOT);
        return contains(p.name().en(), q) || contains(p.name().zh(), q) || p.aliases().stream().anyMatch(a -> contains(a, q));
    }

    private static boolean contains(String s, String q) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(q);
    }

    /** Selects a person, as when a speaker's "all appearances" link is followed. */
    public void showPerson(String personId) {
        build();
        cite.dataset().person(personId).ifPresent(p -> {
            list.getSelectionModel().select(p);
            list.scrollTo(p);
        });
    }

    private void show(Person p) {
        if (p == null) {
            detail.getChildren().setAll(Sections.empty(I18n.t("people.choose")));
            return;
        }
        Label name = new Label(p.name().in(I18n.language()));
        name.getStyleClass().add("edition-title");
        name.setId("person-title");
        detail.getChildren().setAll(name);
        String other = p.name().in(I18n.language() == org.wicexplorer.model.Language.ZH
                ? org.wicexplorer.model.Language.EN : org.wicexplorer.model.Language.ZH);
        if (!other.equals(name.getText())) {
            detail.getChildren().add(Sections.muted(other));
        }
        if (!p.aliases().isEmpty()) {
            detail.getChildren().add(Sections.muted(I18n.t("people.aliases", String.join(", ", p.aliases()))));
        }
        for (Appearance a : cite.dataset().appearancesOf(p.id())) {
            Edition e = cite.dataset().edition(a.edition()).orElseThrow();
            Hyperlink edition = new Hyperlink(e.year() + " · " + e.label().in(I18n.language()));
            edition.getStyleClass().add("appearance-edition");
            edition.setOnAction(ev -> cite.navigator().showEdition(e.id()));
            HBox head = new HBox(edition, Sections.chip(Formats.name(a.role()), Styles.ROLE_CHIP));
            head.getStyleClass().add("person-head");
            VBox card = new VBox(head);
            card.getStyleClass().add("appearance-card");
            if (a.position() != null && !a.position().isEmpty()) {
                card.getChildren().add(FactView.of(a.position(), List.of(), cite));
            }
            card.getChildren().add(FactView.of(a.note() == null ? null : a.note().en(),
                    a.note() == null ? null : a.note().zh(), a.sources(), cite));
            detail.getChildren().add(card);
        }
    }
}
