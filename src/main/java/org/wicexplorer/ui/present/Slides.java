package org.wicexplorer.ui.present;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Controversy;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Fact;
import org.wicexplorer.model.Language;
import org.wicexplorer.model.Party;
import org.wicexplorer.model.Perspective;
import org.wicexplorer.tour.StepKind;
import org.wicexplorer.tour.TourStep;
import org.wicexplorer.ui.Formats;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.cite.SourceNames;
import org.wicexplorer.ui.Styles;

import java.util.List;
import java.util.Optional;

/**
 * Builds the screen for a tour step. Everything is sized in em, so the audience window's root font
 * size decides how big a slide is, and a small copy in the presenter view is the same slide.
 * Every fact carries a source mark, explained in the slide's footnote line.
 */
final class Slides {
    /** More key points than this do not fit on a screen in type a class can read. */
    static final int MAX_POINTS = 5;

    private final Dataset dataset;
    private final SeedLibrary seeds;

    Slides(Dataset dataset, SeedLibrary seeds) {
        this.dataset = dataset;
        this.seeds = seeds;
    }

    Node build(TourStep step) {
        SlideSources sources = new SlideSources(dataset, seeds);
        VBox slide = switch (step.kind()) {
            case EDITION -> dataset.edition(step.target()).map(e -> edition(e, sources)).orElse(null);
            case CONTROVERSY -> controversy(step.target()).map(c -> controversy(c, sources)).orElse(null);
            case QUOTE -> dataset.citation(step.target()).map(c -> quote(c, sources)).orElse(null);
            case PASSAGE -> passage(step);
        };
        if (slide == null) {
            return message(I18n.t("present.missingStep", step.target()));
        }
        slide.getStyleClass().addAll("slide", "slide-" + step.kind().name().toLowerCase());
        if (!sources.isEmpty()) {
            Region push = new Region();
            VBox.setVgrow(push, Priority.ALWAYS);
            slide.getChildren().addAll(push, sources.footer());
        }
        return slide;
    }

    /** A one-line title for a step, as the presenter view and the tour editor list it. */
    String title(TourStep step) {
        Language lang = I18n.language();
        return switch (step.kind()) {
            case EDITION -> dataset.edition(step.target()).map(e -> e.year() + " · " + e.label().in(lang)
                    + (e.theme().isKnown() ? " · " + e.theme().in(lang) : "")).orElse(step.target());
            case CONTROVERSY -> controversy(step.target()).map(c -> c.title().in(lang)
                    + editionOf(c.edition()).map(e -> " (" + e.year() + ")").orElse("")).orElse(step.target());
            case QUOTE -> dataset.citation(step.target()).map(c -> "“" + c.quote() + "”").orElse(step.target());
            case PASSAGE -> "“" + step.text() + "”";
        };
    }

    static Node message(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("slide-message");
        VBox slide = new VBox(label);
        slide.setAlignment(Pos.CENTER);
        slide.getStyleClass().addAll("slide", "slide-empty");
        return slide;
    }

    private VBox edition(Edition e, SlideSources sources) {
        Language lang = I18n.language();
        Label year = label(String.valueOf(e.year()), "slide-year");
        year.setMinWidth(Region.USE_PREF_SIZE);
        Label ordinal = label(e.label().in(lang) + " · " + Formats.name(e.kind()), "slide-kicker");
        TextFlow name = flow(e.name().in(lang), e.name().sources(), sources, "slide-name");
        // Pupils read "not yet known" where the panes give the researcher's reason.
        String range = e.dates().end() == null
                ? I18n.t("present.datesOpenEnded", Formats.date(e.dates().start())) : Formats.range(e.dates());
        TextFlow dates = flow(range, e.dates().sources(), sources, "slide-dates");
        VBox naming = new VBox(ordinal, name, dates);
        naming.getStyleClass().add("slide-naming");
        HBox.setHgrow(naming, Priority.ALWAYS);
        naming.setMinWidth(0);
        HBox head = new HBox(year, naming);
        head.getStyleClass().add("slide-head");
        head.setAlignment(Pos.CENTER_LEFT);

        VBox slide = new VBox(head, theme(e.theme(), sources));
        List<Fact> points = e.highlights().stream().filter(Fact::isKnown).limit(MAX_POINTS).toList();
        if (!points.isEmpty()) {
            VBox list = new VBox();
            list.getStyleClass().add("slide-points");
            for (Fact point : points) {
                // The bullet hangs: a wrapped point's second line starts under its first word.
                TextFlow text = flow(point.in(lang), point.sources(), sources, "slide-point");
                Text bullet = new Text("•  ");
                bullet.getStyleClass().addAll("slide-text", "slide-point", "slide-bullet");
                list.getChildren().add(new HangingLine(bullet, text));
            }
            slide.getChildren().addAll(label(I18n.t("section.keyPoints"), "slide-section"), list);
        }
        dataset.controversiesAt(e.id()).stream().findFirst()
                .ifPresent(c -> slide.getChildren().add(mainControversy(c, sources)));
        return slide;
    }

    /** The theme in both languages, the interface language first; an unknown theme says why. */
    private static Node theme(Fact theme, SlideSources sources) {
        VBox box = new VBox();
        box.getStyleClass().add("slide-theme");
        if (!theme.isKnown()) {
            // Plain words for pupils; the panes keep the reason ("not found in the searched sources…").
            box.getChildren().add(flow(I18n.t("present.themeUnknown"), List.of(), sources, "slide-theme-unknown"));
            return box;
        }
        boolean zhFirst = I18n.language() == Language.ZH;
        String first = zhFirst ? theme.zh() : theme.en();
        String second = zhFirst ? theme.en() : theme.zh();
        List<String> lines = java.util.stream.Stream.of(first, second).filter(s -> s != null && !s.isBlank()).toList();
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            box.getChildren().add(flow(lines.get(i), last ? theme.sources() : List.of(), sources,
                    i == 0 ? "slide-theme-first" : "slide-theme-second"));
        }
        return box;
    }

    /**
     * The edition's main controversy: its title, then one paragraph per party, each statement whole
     * (a cut statement would leave the class with half a claim; the fit makes the slide smaller instead).
     */
    private Node mainControversy(Controversy c, SlideSources sources) {
        Language lang = I18n.language();
        VBox box = new VBox();
        box.getStyleClass().add("slide-main-controversy");
        box.getChildren().add(label("⚠ " + I18n.t("present.mainControversy", c.title().in(lang)),
                "slide-controversy-title"));
        for (Party party : Party.values()) {
            c.perspectives().stream().filter(p -> p.party() == party).findFirst().ifPresent(p -> {
                TextFlow line = flow(p.claim().in(lang), p.sources(), sources, "slide-party-line-claim");
                Text who = new Text(Formats.name(party) + " · " + p.who().in(lang) + "   ");
                who.getStyleClass().addAll("slide-text", "slide-party-line-who");
                line.getChildren().add(0, who);
                line.getStyleClass().add("slide-party-line");
                box.getChildren().add(line);
            });
        }
        return box;
    }

    private VBox controversy(Controversy c, SlideSources sources) {
        Language lang = I18n.language();
        VBox slide = new VBox();
        editionOf(c.edition()).ifPresent(e -> slide.getChildren().add(label(
                I18n.t("present.controversyKicker", String.valueOf(e.year()), e.label().in(lang)), "slide-kicker")));
        slide.getChildren().add(label("⚠ " + c.title().in(lang), "slide-title"));
        if (c.summary().isKnown()) {
            slide.getChildren().add(flow(c.summary().in(lang), c.summary().sources(), sources, "slide-summary"));
        }
        HBox columns = new HBox();
        columns.getStyleClass().add("slide-columns");
        for (Party party : Party.values()) {
            List<Perspective> views = c.perspectives().stream().filter(p -> p.party() == party).toList();
            if (views.isEmpty()) {
                continue;
            }
            VBox column = new VBox(label(Formats.name(party), "slide-party"));
            column.getStyleClass().addAll("slide-column", Styles.party(party));
            for (Perspective p : views) {
                column.getChildren().addAll(label(p.who().in(lang), "slide-who"),
                        flow(p.claim().in(lang), p.sources(), sources, "slide-claim"));
            }
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setMaxWidth(Double.MAX_VALUE);
            column.setPrefWidth(0);
            columns.getChildren().add(column);
        }
        slide.getChildren().add(columns);
        return slide;
    }

    private VBox quote(Citation c, SlideSources sources) {
        VBox slide = new VBox(label(I18n.t("present.quoteKicker"), "slide-kicker"),
                flow("“" + c.quote() + "”", List.of(), sources, "slide-quote-text"));
        String source = SourceNames.of(c, seeds);
        if (!c.isSeed() && c.title() != null && !c.title().isBlank()) {
            source += " · " + c.title();
        }
        Label by = label("— " + source + "  " + sources.mark(c), "slide-quote-source");
        slide.getChildren().add(by);
        return slide;
    }

    private VBox passage(TourStep step) {
        if (step.kind() != StepKind.PASSAGE || seeds.document(step.target()).isEmpty()) {
            return null;
        }
        String title = seeds.document(step.target()).orElseThrow().title().in(I18n.language());
        return new VBox(label(I18n.t("present.passageKicker"), "slide-kicker"),
                flow("“" + step.text() + "”", List.of(), null, "slide-quote-text"),
                label("— " + title, "slide-quote-source"));
    }

    private Optional<Controversy> controversy(String id) {
        return dataset.controversies().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private Optional<Edition> editionOf(String id) {
        return dataset.edition(id);
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }

    /** Wrapped text followed by its source mark. */
    private static TextFlow flow(String text, List<String> citations, SlideSources sources, String styleClass) {
        Text body = new Text(text);
        body.getStyleClass().addAll("slide-text", styleClass);
        TextFlow flow = new TextFlow(body);
        flow.getStyleClass().add(styleClass + "-flow");
        String mark = sources == null ? "" : sources.mark(citations);
        if (!mark.isEmpty()) {
            // A no-break space keeps the mark on the line of the word it follows.
            Text marker = new Text("\u00A0" + mark);
            marker.getStyleClass().addAll("slide-text", "slide-mark");
            flow.getChildren().add(marker);
        }
        return flow;
    }
}
