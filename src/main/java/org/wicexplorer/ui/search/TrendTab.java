package org.wicexplorer.ui.search;

import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.SourceDocument;
import org.wicexplorer.search.FactTarget;
import org.wicexplorer.search.HitKind;
import org.wicexplorer.search.PassageTarget;
import org.wicexplorer.search.SearchHit;
import org.wicexplorer.search.TermTrend;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.Sections;
import org.wicexplorer.ui.Styles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A term's trend: how many facts of each year's edition and how many passages of the documents dated
 * that year match a query, as stacked bars from 2014 to the last edition. A bar is a button: clicking
 * it, or Enter/Space on it, lists those hits below the chart, each opening like a search result.
 */
final class TrendTab extends Tab {
    static final String UNDATED = "—";
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})");

    /** The session's dataset as it is now: a hit found after an edit is looked up in the edited data. */
    private final Supplier<Dataset> dataset;
    private final Supplier<SeedLibrary> seeds;
    private final SearchService service;
    private final Consumer<SearchHit> onOpen;
    private final TextField query = new TextField();
    private final Label summary = new Label();
    /** The chart, built when the tab is first shown or a trend first drawn: its classes stay off the start-up. */
    private CategoryAxis years;
    private NumberAxis counts;
    private StackedBarChart<String, Number> chart;
    private final VBox page;
    private final Label hitsTitle = new Label();
    private final VBox hits = new VBox();
    private final ScrollPane scroll;
    private TermTrend trend;

    TrendTab(Supplier<Dataset> dataset, Supplier<SeedLibrary> seeds, SearchService service, Consumer<SearchHit> onOpen) {
        super();
        this.dataset = dataset;
        this.seeds = seeds;
        this.service = service;
        this.onOpen = onOpen;
        setId("tab-trend");
        setClosable(false);

        query.setId("trend-query");
        HBox.setHgrow(query, Priority.ALWAYS);
        show.setId("trend-show");
        show.setDefaultButton(false);
        show.setOnAction(e -> show(query.getText()));
        query.setOnAction(e -> show(query.getText()));
        HBox ask = new HBox(query, show);
        ask.getStyleClass().add("trend-ask");
        ask.setAlignment(Pos.CENTER_LEFT);

        summary.setId("trend-summary");
        summary.getStyleClass().add("trend-summary");
        summary.setWrapText(true);
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hitsTitle.setId("trend-hits-title");
        hitsTitle.getStyleClass().add(Styles.SECTION_HEADING);
        hitsTitle.setWrapText(true);
        hits.setId("trend-hits");
        hits.getStyleClass().add("trend-hits");
        page = Sections.page(ask, summary, hint, hitsTitle, hits);
        page.getStyleClass().add("trend-page");
        scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Styles.DETAIL_SCROLL);
        setContent(scroll);
        selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                chart();
            }
        });
        relabel();
    }

    /** The chart, built and put under the summary the first time it is needed. */
    private StackedBarChart<String, Number> chart() {
        if (chart == null) {
            years = new CategoryAxis();
            counts = new NumberAxis();
            chart = new StackedBarChart<>(years, counts);
            chart.setId("trend-chart");
            chart.getStyleClass().add("trend-chart");
            chart.setAnimated(false);
            chart.setLegendVisible(true);
            chart.setTitle(null);
            counts.setMinorTickVisible(false);
            counts.setTickUnit(1);
            years.setAnimated(false);
            counts.setAnimated(false);
            chart.setMinHeight(260);
            chart.setPrefHeight(320);
            labelAxes();
            page.getChildren().add(page.getChildren().indexOf(summary) + 1, chart);
        }
        return chart;
    }

    private void labelAxes() {
        years.setLabel(I18n.t("trend.year"));
        counts.setLabel(I18n.t("trend.hits"));
    }

    private final Button show = new Button();
    private final Label hint = new Label();

    /**
     * Names the tab in the interface language: when built, and after a change of language, when the chart
     * of the query shown is drawn again in the new words.
     */
    void relabel() {
        setText(I18n.t("tab.trend"));
        query.setPromptText(I18n.t("trend.prompt"));
        query.setAccessibleText(I18n.t("trend.prompt"));
        show.setText(I18n.t("trend.show"));
        if (chart != null) {
            labelAxes();
        }
        hint.setText(I18n.t("trend.hint"));
        show(query.getText());
    }

    /** Counts the query's hits per year (off the FX thread) and draws them. */
    void show(String q) {
        query.setText(q == null ? "" : q);
        hits.getChildren().clear();
        hitsTitle.setText("");
        if (q == null || q.isBlank()) {
            if (chart != null) {
                chart.getData().clear();
            }
            summary.setText(I18n.t("trend.empty"));
            return;
        }
        summary.setText(service.readyProperty().get() ? I18n.t("trend.counting") : I18n.t("trend.waiting"));
        service.trend(q.strip(), this::draw);
    }

    /** Puts the keyboard in the query field; Tab then reaches "Show trend" and the bars. */
    void focusQuery() {
        query.requestFocus();
        query.end();
    }

    private void draw(TermTrend t) {
        trend = t;
        chart();
        Map<String, Integer> facts = new LinkedHashMap<>();
        Map<String, Integer> passages = new LinkedHashMap<>();
        Set<Integer> allYears = new TreeSet<>();
        t.editions().forEach(e -> {
            allYears.add(e.year());
            facts.merge(String.valueOf(e.year()), e.hits(), Integer::sum);
        });
        boolean undated = false;
        for (TermTrend.DocumentCount d : t.documents()) {
            if (d.year() == null) {
                undated |= d.hits() > 0;
                passages.merge(UNDATED, d.hits(), Integer::sum);
            } else {
                allYears.add(d.year());
                passages.merge(String.valueOf(d.year()), d.hits(), Integer::sum);
            }
        }
        List<String> categories = allYears.stream().map(String::valueOf).collect(Collectors.toCollection(ArrayList::new));
        if (undated) {
            categories.add(UNDATED);
        }
        years.setCategories(javafx.collections.FXCollections.observableArrayList(categories));
        XYChart.Series<String, Number> factSeries = series(I18n.t("trend.facts"), facts, false);
        XYChart.Series<String, Number> passageSeries = series(I18n.t("trend.passages"), passages, true);
        chart.getData().setAll(List.of(factSeries, passageSeries));
        wire(factSeries, false);
        wire(passageSeries, true);
        int factHits = t.editions().stream().mapToInt(TermTrend.EditionCount::hits).sum();
        int passageHits = t.documents().stream().mapToInt(TermTrend.DocumentCount::hits).sum();
        long editionsHit = t.editions().stream().filter(e -> e.hits() > 0).count();
        long documentsHit = t.documents().stream().filter(d -> d.hits() > 0).count();
        summary.setText(t.totalHits() == 0 ? I18n.t("trend.none", t.query())
                : I18n.t("trend.summary", t.query(), factHits, editionsHit, passageHits, documentsHit));
    }

    private static XYChart.Series<String, Number> series(String name, Map<String, Integer> byYear, boolean passages) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        byYear.forEach((year, n) -> {
            if (n > 0) {
                XYChart.Data<String, Number> d = new XYChart.Data<>(year, n);
                d.setExtraValue(passages);
                s.getData().add(d);
            }
        });
        return s;
    }

    /** Bars are focusable buttons that list their hits. */
    private void wire(XYChart.Series<String, Number> series, boolean passages) {
        for (XYChart.Data<String, Number> d : series.getData()) {
            Node bar = d.getNode();
            if (bar == null) {
                continue;
            }
            String what = I18n.t(passages ? "trend.barPassages" : "trend.barFacts", d.getXValue(), d.getYValue());
            bar.getStyleClass().add("trend-bar");
            bar.setUserData(d);
            // The chart ties a bar's focusability to screen readers being active; here bars are always buttons.
            bar.focusTraversableProperty().unbind();
            bar.setFocusTraversable(true);
            bar.setAccessibleRole(AccessibleRole.BUTTON);
            bar.accessibleTextProperty().unbind();
            bar.setAccessibleText(what);
            Tooltip.install(bar, new Tooltip(what));
            bar.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    bar.requestFocus();
                    listHits(d.getXValue(), passages);
                }
            });
            bar.setOnKeyPressed(k -> {
                if (k.getCode() == KeyCode.ENTER || k.getCode() == KeyCode.SPACE) {
                    listHits(d.getXValue(), passages);
                    k.consume();
                }
            });
        }
    }

    /** Lists the hits behind one bar: facts of that year's editions, or passages of that year's documents. */
    void listHits(String year, boolean passages) {
        String q = trend == null ? null : trend.query();
        if (q == null) {
            return;
        }
        hitsTitle.setText(I18n.t("trend.listing", year));
        hits.getChildren().clear();
        service.searchOnce(q, results -> {
            List<SearchHit> matching = results.hits().stream()
                    .filter(h -> passages ? isPassageOf(h, year) : isFactOf(h, year)).toList();
            hitsTitle.setText(I18n.t(passages ? "trend.listPassages" : "trend.listFacts", year, matching.size(),
                    passages ? documentsOf(year) : editionsOf(year)));
            hits.getChildren().clear();
            for (SearchHit h : matching) {
                hits.getChildren().add(openable(h));
            }
            revealHits();
        });
    }

    /** A hit in the list: focusable, opened by a click, Enter or Space, like a search result. */
    private HitView openable(SearchHit h) {
        HitView view = new HitView(h, dataset.get());
        view.getStyleClass().add("trend-hit");
        view.setFocusTraversable(true);
        view.setAccessibleRole(AccessibleRole.BUTTON);
        view.setAccessibleText(h.title().in(I18n.language()) + ": " + h.snippet().oneLine());
        view.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                onOpen.accept(h);
            }
        });
        view.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ENTER || k.getCode() == KeyCode.SPACE) {
                onOpen.accept(h);
                k.consume();
            }
        });
        return view;
    }

    /** Scrolls the page so the list's title stands at the top, or as near as the page allows. */
    private void revealHits() {
        Node page = scroll.getContent();
        page.applyCss();
        scroll.layout();
        double content = page.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        if (content > 0) {
            scroll.setVvalue(Math.min(1, hitsTitle.getBoundsInParent().getMinY() / content));
        }
    }

    private boolean isFactOf(SearchHit h, String year) {
        return h.kind() != HitKind.PASSAGE && h.target() instanceof FactTarget f
                && f.editions().stream().map(dataset.get()::edition).flatMap(java.util.Optional::stream)
                .anyMatch(e -> String.valueOf(e.year()).equals(year));
    }

    private boolean isPassageOf(SearchHit h, String year) {
        return h.target() instanceof PassageTarget p && seeds.get().document(p.seed())
                .map(d -> Objects.equals(yearOf(d), UNDATED.equals(year) ? null : year)).orElse(false);
    }

    private String editionsOf(String year) {
        return dataset.get().editions().stream().filter(e -> String.valueOf(e.year()).equals(year))
                .map(e -> e.label().in(I18n.language())).collect(Collectors.joining(", "));
    }

    private String documentsOf(String year) {
        return seeds.get().documents().stream().filter(d -> Objects.equals(yearOf(d), UNDATED.equals(year) ? null : year))
                .map(d -> d.title().in(I18n.language())).collect(Collectors.joining("; "));
    }

    private static String yearOf(SourceDocument d) {
        if (d.date() == null) {
            return null;
        }
        Matcher m = YEAR.matcher(d.date());
        return m.find() ? m.group(1) : null;
    }
}
