package org.wicexplorer.handout;

import org.wicexplorer.model.Controversy;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.EditionDates;
import org.wicexplorer.model.Fact;
import org.wicexplorer.model.Language;
import org.wicexplorer.model.Perspective;
import org.wicexplorer.text.DateWords;

import java.util.ArrayList;
import java.util.List;

/**
 * What an edition's pages say, in order: its name, its theme in both languages, its key facts and its
 * controversies. A fact that is not known says so with the reason the dataset gives, as the detail
 * panes do; nothing is filled in.
 */
final class EditionBlocks {
    static final float TITLE = 16;
    static final float HEADING = 11;
    static final float BODY = 9.5f;

    private final Dataset dataset;
    private final Language language;
    private final HandoutLabels labels;
    private final HandoutFonts fonts;

    EditionBlocks(Dataset dataset, Language language, HandoutLabels labels, HandoutFonts fonts) {
        this.dataset = dataset;
        this.language = language;
        this.labels = labels;
        this.fonts = fonts;
    }

    /** The edition's name as the handout titles it, in the handout's language. */
    String title(Edition e) {
        return e.name() != null && e.name().isKnown() ? e.name().in(language) : e.year() + " " + e.label().in(language);
    }

    List<Block> of(Edition e) {
        List<Block> out = new ArrayList<>();
        Fact name = e.name() == null ? Fact.unknownBecause("") : e.name();
        out.add(new Block(List.of(bold(title(e), TITLE)), name.sources(), 0, 0, 0, false));
        Language other = language == Language.ZH ? Language.EN : Language.ZH;
        if (name.isKnown() && !name.in(other).equals(name.in(language))) {
            out.add(block(List.of(regular(name.in(other), HEADING)), List.of(), 0, 2));
        }

        out.add(heading(labels.t("field.theme")));
        Fact theme = e.theme() == null ? Fact.unknownBecause("") : e.theme();
        if (theme.isKnown() && theme.in(other).equals(theme.in(language))) {
            // Given in one language only (2026's theme has no official English wording yet): once.
            out.add(block(List.of(bold(theme.in(language), 12)), theme.sources(), 0, 2));
        } else if (theme.isKnown()) {
            out.add(block(List.of(bold(theme.in(language), 12)), List.of(), 0, 2));
            String second = theme.in(other);
            out.add(block(List.of(regular(second, 11)), theme.sources(), 0, 1));
        } else {
            out.add(block(List.of(regular(labels.t("fact.unknown", theme.unknown()), BODY)), List.of(), 0, 2));
        }

        out.add(heading(labels.t("handout.keyFacts")));
        out.add(field(labels.t("field.dates"), dates(e.dates()), e.dates().sources()));
        out.add(field(labels.t("field.venue"), e.venue()));
        out.add(field(labels.t("field.attendance"), e.attendance()));
        out.add(field(labels.t("field.sessions"), e.sessions()));
        if (e.summary() != null) {
            out.add(field(labels.t("handout.summary"), e.summary()));
        }
        for (Fact highlight : e.highlights()) {
            out.add(new Block(List.of(regular("•  " + value(highlight), BODY)), highlight.sources(), 6, 9, 2, false));
        }

        out.add(heading(labels.t("tab.controversies")));
        List<Controversy> controversies = dataset.controversiesAt(e.id());
        if (controversies.isEmpty()) {
            out.add(block(List.of(regular(labels.t("controversies.none"), BODY)), List.of(), 0, 2));
        }
        for (Controversy c : controversies) {
            out.add(new Block(List.of(bold(c.title().in(language), 10)), List.of(), 0, 0, 5, true));
            out.add(block(List.of(regular(value(c.summary()), BODY)), c.summary().sources(), 0, 2));
            for (Perspective p : c.perspectives()) {
                out.add(new Block(List.of(bold("•  " + p.who().in(language) + ": ", BODY),
                        regular(p.claim().in(language), BODY)), p.sources(), 6, 9, 2, false));
            }
        }
        return out;
    }

    private Block heading(String text) {
        return new Block(List.of(bold(text, HEADING)), List.of(), 0, 0, 10, true);
    }

    private Block field(String label, Fact fact) {
        return field(label, value(fact), fact == null ? List.of() : fact.sources());
    }

    private Block field(String label, String value, List<String> sources) {
        return new Block(List.of(bold(label + labels.t("handout.fieldSeparator"), BODY), regular(value, BODY)),
                sources, 0, 0, 3, false);
    }

    private Block block(List<Run> runs, List<String> sources, float indent, float spaceBefore) {
        return new Block(runs, sources, indent, 0, spaceBefore, false);
    }

    private String value(Fact fact) {
        if (fact == null) {
            return labels.t("fact.unknown", "");
        }
        return fact.isKnown() ? fact.in(language) : labels.t("fact.unknown", fact.unknown());
    }

    /** Written as the app writes them (DateWords): "19–21 November 2014", "2014年11月19日至21日". */
    private String dates(EditionDates d) {
        if (d.start() == null) {
            return labels.t("fact.unknown", "");
        }
        if (d.end() == null) {
            return labels.t("dates.openEnded", DateWords.date(d.start(), language));
        }
        return DateWords.range(d.start(), d.end(), language);
    }

    Run bold(String text, float size) {
        return Run.of(fonts.printable(text), fonts.bold(), size);
    }

    Run regular(String text, float size) {
        return Run.of(fonts.printable(text), fonts.regular(), size);
    }
}
