package org.wicexplorer.deck;

import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.handout.HandoutLabels;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Controversy;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.EditionDates;
import org.wicexplorer.model.Fact;
import org.wicexplorer.model.Language;
import org.wicexplorer.model.Party;
import org.wicexplorer.model.Perspective;
import org.wicexplorer.model.SourceDocument;
import org.wicexplorer.text.DateWords;
import org.wicexplorer.tour.StepEditions;
import org.wicexplorer.tour.Tour;
import org.wicexplorer.tour.TourStep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What each slide of a tour says, in one language, as presentation mode shows it: an edition step has
 * the year, the ordinal and kind, the name and dates, the theme in both languages (this language first),
 * up to {@value #MAX_POINTS} key points and the edition's main controversy with one line per party; a
 * controversy step has its summary and every party's view; a quote or passage step its words and where
 * they come from. Every fact carries a source mark, and the sources line names each source once. A fact
 * the sources do not give is said in plain words ("not yet known"), never left blank or guessed.
 */
public final class DeckContent {
    /** As presentation mode: more key points do not fit on a slide in type a class can read. */
    public static final int MAX_POINTS = 5;

    private final Dataset dataset;
    private final SeedLibrary seeds;
    private final Language language;
    private final HandoutLabels labels;
    private final StepEditions stepEditions;

    public DeckContent(Dataset dataset, SeedLibrary seeds, Language language) {
        this.dataset = dataset;
        this.seeds = seeds;
        this.language = language;
        this.labels = new HandoutLabels(language);
        this.stepEditions = new StepEditions(dataset);
    }

    public Language language() {
        return language;
    }

    /** The deck's words, from the interface bundle in the deck's language. */
    public String t(String key, Object... args) {
        return labels.t(key, args);
    }

    /** One slide per step, in the tour's order. */
    public List<SlideContent> slides(Tour tour) {
        List<SlideContent> out = new ArrayList<>();
        for (int i = 0; i < tour.size(); i++) {
            out.add(slide(tour.step(i), i + 1));
        }
        return out;
    }

    public SlideContent slide(TourStep step, int number) {
        Sources sources = new Sources();
        Head head = switch (step.kind()) {
            case EDITION -> dataset.edition(step.target()).map(e -> edition(e, sources)).orElse(null);
            case CONTROVERSY -> controversy(step.target()).map(c -> controversy(c, sources)).orElse(null);
            case QUOTE -> dataset.citation(step.target()).map(c -> quote(c, sources)).orElse(null);
            case PASSAGE -> passage(step);
        };
        if (head == null) {
            head = new Head("", "", "", "", "", List.of(SlideBlock.of(SlideBlock.Role.MESSAGE,
                    labels.t("present.missingStep", step.target()), "")));
        }
        List<String> years = dataset.editions().stream().map(e -> String.valueOf(e.year())).toList();
        List<String> documentEditions = seeds.document(step.target()).map(SourceDocument::editions).orElse(List.of());
        int current = stepEditions.editionOf(step, documentEditions)
                .map(id -> indexOf(dataset.editions(), id)).orElse(-1);
        return new SlideContent(number, step.kind(), head.year, head.kicker, head.title, head.titleMark, head.dates,
                head.blocks, sources.lines(), years, current, step.notes().in(language));
    }

    private record Head(String year, String kicker, String title, String titleMark, String dates,
                        List<SlideBlock> blocks) {
    }

    private Head edition(Edition e, Sources sources) {
        String kicker = e.label().in(language) + " · " + name(e.kind());
        Fact name = e.name() == null ? Fact.unknownBecause("") : e.name();
        String title = name.isKnown() ? name.in(language) : e.label().in(language);
        String titleMark = name.isKnown() ? sources.mark(name.sources()) : "";
        String dates = dates(e.dates());
        String datesMark = e.dates() == null ? "" : sources.mark(e.dates().sources());
        List<SlideBlock> blocks = new ArrayList<>();
        Fact theme = e.theme() == null ? Fact.unknownBecause("") : e.theme();
        if (theme.isKnown()) {
            String first = language == Language.ZH ? theme.zh() : theme.en();
            String second = language == Language.ZH ? theme.en() : theme.zh();
            boolean hasSecond = second != null && !second.isBlank();
            if (first != null && !first.isBlank()) {
                blocks.add(SlideBlock.of(SlideBlock.Role.THEME_FIRST, first, hasSecond ? "" : sources.mark(theme.sources())));
            }
            if (hasSecond) {
                blocks.add(SlideBlock.of(SlideBlock.Role.THEME_SECOND, second, sources.mark(theme.sources())));
            }
        } else {
            blocks.add(SlideBlock.of(SlideBlock.Role.NOT_KNOWN, labels.t("deck.themeNotYetKnown"), ""));
        }
        List<Fact> points = e.highlights().stream().filter(Fact::isKnown).limit(MAX_POINTS).toList();
        if (!points.isEmpty()) {
            blocks.add(SlideBlock.of(SlideBlock.Role.SECTION, labels.t("section.keyPoints"), ""));
            for (Fact point : points) {
                blocks.add(SlideBlock.of(SlideBlock.Role.POINT, point.in(language), sources.mark(point.sources())));
            }
        }
        dataset.controversiesAt(e.id()).stream().findFirst().ifPresent(c -> {
            blocks.add(SlideBlock.of(SlideBlock.Role.CONTROVERSY,
                    "⚠ " + labels.t("present.mainControversy", c.title().in(language)), ""));
            for (Party party : Party.values()) {
                c.perspectives().stream().filter(p -> p.party() == party).findFirst()
                        .ifPresent(p -> blocks.add(partyLine(p, sources)));
            }
        });
        return new Head(String.valueOf(e.year()), kicker, title, titleMark,
                datesMark.isEmpty() ? dates : dates + "  " + datesMark, blocks);
    }

    private SlideBlock partyLine(Perspective p, Sources sources) {
        String claim = p.claim() == null || p.claim().isEmpty() ? labels.t("deck.notYetKnown") : p.claim().in(language);
        return new SlideBlock(SlideBlock.Role.PARTY_LINE, name(p.party()) + " · " + p.who().in(language)
                + labels.t("deck.partySeparator"), claim, sources.mark(p.sources()));
    }

    private Head controversy(Controversy c, Sources sources) {
        Optional<Edition> e = dataset.edition(c.edition());
        String kicker = e.map(ed -> labels.t("present.controversyKicker", String.valueOf(ed.year()),
                ed.label().in(language))).orElse("");
        List<SlideBlock> blocks = new ArrayList<>();
        if (c.summary() != null && c.summary().isKnown()) {
            blocks.add(SlideBlock.of(SlideBlock.Role.SUMMARY, c.summary().in(language), sources.mark(c.summary().sources())));
        }
        for (Party party : Party.values()) {
            for (Perspective p : c.perspectives()) {
                if (p.party() == party) {
                    blocks.add(partyLine(p, sources));
                }
            }
        }
        return new Head(e.map(ed -> String.valueOf(ed.year())).orElse(""), kicker, "⚠ " + c.title().in(language),
                "", "", blocks);
    }

    private Head quote(Citation c, Sources sources) {
        String source = sourceName(c);
        if (!c.isSeed() && c.title() != null && !c.title().isBlank()) {
            source += " · " + c.title();
        }
        String mark = sources.mark(c);
        return new Head("", labels.t("present.quoteKicker"), "", "", "", List.of(
                SlideBlock.of(SlideBlock.Role.QUOTE, "“" + c.quote().strip() + "”", ""),
                SlideBlock.of(SlideBlock.Role.QUOTE_SOURCE, "— " + source, mark)));
    }

    private Head passage(TourStep step) {
        Optional<SourceDocument> document = seeds.document(step.target());
        if (document.isEmpty()) {
            return null;
        }
        return new Head("", labels.t("present.passageKicker"), "", "", "", List.of(
                SlideBlock.of(SlideBlock.Role.QUOTE, "“" + step.text().strip() + "”", ""),
                SlideBlock.of(SlideBlock.Role.QUOTE_SOURCE, "— " + document.get().title().in(language), "")));
    }

    private Optional<Controversy> controversy(String id) {
        return dataset.controversies().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static int indexOf(List<Edition> editions, String id) {
        for (int i = 0; i < editions.size(); i++) {
            if (editions.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The bundle's name for an enum constant, as the interface names it (editionKind.summit, party.critics). */
    private String name(Enum<?> value) {
        String type = value.getDeclaringClass().getSimpleName();
        return labels.t(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "."
                + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** "19–21 November 2014" or "2014年11月19日至21日"; an end the sources do not give is said so. */
    String dates(EditionDates d) {
        if (d == null || d.start() == null) {
            return labels.t("deck.datesNotYetKnown");
        }
        if (!d.isEndKnown()) {
            return labels.t("deck.endNotYetKnown", date(d.start()));
        }
        return range(d.start(), d.end());
    }

    private String date(LocalDate date) {
        return DateWords.date(date, language);
    }

    private String range(LocalDate start, LocalDate end) {
        return DateWords.range(start, end, language);
    }

    /** A short name for where a citation comes from: the seed document's title, or publisher and date. */
    private String sourceName(Citation c) {
        if (c.isSeed()) {
            return seeds.document(c.document()).map(d -> d.title().in(language)).orElse(c.document());
        }
        String date = c.date() == null || "unknown".equals(c.date()) ? labels.t("cite.undated") : c.date();
        return c.publisher() + " (" + date + ")";
    }

    /**
     * A slide's sources: citations from the same source share a number, so the mark after a fact names
     * sources ("[1,3]") and the sources line names each source once, as presentation mode does.
     */
    private final class Sources {
        private final Map<String, Integer> numbers = new LinkedHashMap<>();

        String mark(List<String> citationIds) {
            TreeSet<Integer> used = new TreeSet<>();
            for (String id : citationIds) {
                dataset.citation(id).ifPresent(c -> used.add(number(c)));
            }
            return used.isEmpty() ? "" : used.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        }

        String mark(Citation c) {
            return "[" + number(c) + "]";
        }

        private int number(Citation c) {
            return numbers.computeIfAbsent(sourceName(c), name -> numbers.size() + 1);
        }

        List<String> lines() {
            List<String> out = new ArrayList<>();
            numbers.forEach((name, n) -> out.add("[" + n + "] " + name));
            return out;
        }
    }
}
