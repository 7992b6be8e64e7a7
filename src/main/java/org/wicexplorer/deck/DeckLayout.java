package org.wicexplorer.deck;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.wicexplorer.handout.HandoutFonts;
import org.wicexplorer.handout.Line;
import org.wicexplorer.handout.LineBreaker;
import org.wicexplorer.handout.Run;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a slide's content out on a 16:9 page of 960 × 540 points (PowerPoint's widescreen size), the
 * same for the PPTX and the PDF: the year, the head (kicker, title, dates), the body, the sources line
 * and the year strip along the bottom. Text is measured with the bundled Noto Sans CJK SC and wrapped
 * at the JDK's line breaks, never cut. A body too long for the page is set smaller, down to
 * {@value #FLOOR} of its normal size; if it still does not fit, it continues on a second page (a third,
 * …) headed "(continued)".
 */
public final class DeckLayout {
    public static final float WIDTH = 960;
    public static final float HEIGHT = 540;
    /** The smallest the body is set before it continues on another page: 17 pt points become 11.9 pt. */
    public static final float FLOOR = 0.7f;
    static final float MARGIN_X = 48;
    static final float MARGIN_TOP = 30;
    /** The year strip: a line of dots with each edition's year under it, at the foot of the page. */
    public static final float STRIP_TOP = HEIGHT - 46;
    public static final float STRIP_LINE = STRIP_TOP + 10;
    public static final float STRIP_YEAR_SIZE = 10;
    static final float SOURCES_SIZE = 9.5f;
    static final float YEAR_SIZE = 60;
    static final float LINE_FACTOR = 1.35f;
    /**
     * Text is wrapped to this share of a box's width, so a slide program that sets the text in a slightly
     * wider face (Microsoft YaHei, a Latin fallback) still breaks it within the box.
     */
    static final float SLACK = 0.93f;

    /** How a paragraph's text is coloured: normal, quieter (marks, sources, kickers) or the accent (the year). */
    public enum Tone { TEXT, MUTED, ACCENT }

    /** A stretch of a paragraph in one weight and size. */
    public record Piece(String text, boolean bold, float size, Tone tone) {
    }

    /**
     * A paragraph: its pieces (for a slide program, which wraps them itself), its lines as wrapped here
     * (for the PDF), the space above it, and for a bullet the hanging indent.
     */
    public record Para(List<Piece> pieces, float size, Tone tone, float spaceBefore, boolean bullet, float indent,
                       List<Line> lines, SlideBlock.Role role) {
        public Para {
            pieces = List.copyOf(pieces);
            lines = List.copyOf(lines);
        }

        public float lineHeight() {
            return size * LINE_FACTOR;
        }

        public float height() {
            return spaceBefore + (float) lines.stream().mapToDouble(Line::height).sum();
        }
    }

    /** A text box: where it is (top-left, in points from the page's top-left) and its paragraphs. */
    public record Box(float x, float y, float width, float height, List<Para> paras) {
        public Box {
            paras = List.copyOf(paras);
        }
    }

    /**
     * One page of the deck: the slide it shows, which part of it ({@code part} of {@code parts}), the boxes
     * (year, head, body, sources; the year box is null for a step with no year) and the scale the body is set at.
     */
    public record Page(SlideContent slide, int part, int parts, Box year, Box head, Box body, Box sources, float scale) {
    }

    private final HandoutFonts fonts;
    private final DeckContent content;

    public DeckLayout(HandoutFonts fonts, DeckContent content) {
        this.fonts = fonts;
        this.content = content;
    }

    public HandoutFonts fonts() {
        return fonts;
    }

    /** The pages of a slide: one when it fits, at the largest scale from 1 down to {@link #FLOOR}. */
    public List<Page> pages(SlideContent slide) {
        Box year = slide.year().isEmpty() ? null : yearBox(slide.year());
        float headX = year == null ? MARGIN_X : MARGIN_X + year.width() + 24;
        Box sources = sourcesBox(slide);
        float bodyBottom = sources == null ? STRIP_TOP - 8 : sources.y() - 8;
        for (float scale = 1f; scale >= FLOOR - 0.001f; scale -= 0.025f) {
            Box head = headBox(slide, slide.kicker(), headX, scale);
            float top = bodyTop(year, head);
            List<Para> body = body(slide.blocks(), scale);
            float height = (float) body.stream().mapToDouble(Para::height).sum();
            if (top + height <= bodyBottom) {
                return List.of(new Page(slide, 1, 1, year, head,
                        new Box(MARGIN_X, top, contentWidth(), bodyBottom - top, body), sources, scale));
            }
        }
        return continued(slide, year, headX, sources, bodyBottom);
    }

    /** At the floor, as many paragraphs (or lines of a paragraph) per page as fit; the rest on the next page. */
    private List<Page> continued(SlideContent slide, Box year, float headX, Box sources, float bodyBottom) {
        List<Para> rest = new ArrayList<>(body(slide.blocks(), FLOOR));
        List<List<Para>> parts = new ArrayList<>();
        List<Box> heads = new ArrayList<>();
        while (!rest.isEmpty()) {
            String kicker = parts.isEmpty() ? slide.kicker()
                    : content.t("deck.continued", slide.kicker().isEmpty() ? slide.title() : slide.kicker());
            Box head = headBox(slide, kicker, headX, FLOOR);
            float room = bodyBottom - bodyTop(year, head);
            List<Para> page = new ArrayList<>();
            float used = 0;
            while (!rest.isEmpty()) {
                Para next = rest.get(0);
                float spaceBefore = page.isEmpty() ? 0 : next.spaceBefore();
                float h = next.height() - next.spaceBefore() + spaceBefore;
                if (used + h <= room) {
                    page.add(withSpace(next, spaceBefore));
                    used += h;
                    rest.remove(0);
                    continue;
                }
                // A paragraph taller than what is left: its first lines here, the others on the next page.
                List<Line> lines = next.lines();
                int fit = 0;
                float lh = spaceBefore;
                while (fit < lines.size() && used + lh + lines.get(fit).height() <= room) {
                    lh += lines.get(fit).height();
                    fit++;
                }
                if (fit > 0 && (fit >= 2 || page.isEmpty())) {
                    page.add(fromLines(next, lines.subList(0, fit), spaceBefore));
                    rest.set(0, fromLines(next, lines.subList(fit, lines.size()), 0));
                } else if (page.isEmpty()) {
                    // Not even one line fits (cannot happen on a 16:9 page at these sizes); never loop.
                    page.add(next);
                    rest.remove(0);
                }
                break;
            }
            parts.add(page);
            heads.add(head);
        }
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Box head = heads.get(i);
            float top = bodyTop(year, head);
            pages.add(new Page(slide, i + 1, parts.size(), year, head,
                    new Box(MARGIN_X, top, contentWidth(), bodyBottom - top, parts.get(i)), sources, FLOOR));
        }
        return pages;
    }

    private static float bodyTop(Box year, Box head) {
        float bottom = head.y() + head.height();
        if (year != null) {
            bottom = Math.max(bottom, year.y() + year.height());
        }
        return bottom + 10;
    }

    private static float contentWidth() {
        return WIDTH - 2 * MARGIN_X;
    }

    private Box yearBox(String year) {
        Para p = para(List.of(new Piece(year, true, YEAR_SIZE, Tone.ACCENT)), YEAR_SIZE, Tone.ACCENT, 0, false,
                WIDTH);
        float width = (float) p.lines().stream().mapToDouble(l -> l.runs().stream().mapToDouble(Run::width).sum())
                .max().orElse(0) + 4;
        return new Box(MARGIN_X, MARGIN_TOP - 6, width, p.height(), List.of(p));
    }

    private Box headBox(SlideContent slide, String kicker, float x, float scale) {
        float width = WIDTH - MARGIN_X - x;
        List<Para> paras = new ArrayList<>();
        float head = Math.max(scale, 0.85f);
        if (!kicker.isEmpty()) {
            paras.add(para(List.of(new Piece(kicker, false, 15 * head, Tone.MUTED)), 15 * head, Tone.MUTED, 0, false,
                    width));
        }
        if (!slide.title().isEmpty()) {
            float size = 28 * head;
            paras.add(para(withMark(new Piece(slide.title(), true, size, Tone.TEXT), slide.titleMark()), size,
                    Tone.TEXT, paras.isEmpty() ? 0 : 2, false, width));
        }
        if (!slide.dates().isEmpty()) {
            float size = 17 * head;
            paras.add(para(List.of(new Piece(slide.dates(), false, size, Tone.TEXT)), size, Tone.TEXT,
                    paras.isEmpty() ? 0 : 2, false, width));
        }
        float height = (float) paras.stream().mapToDouble(Para::height).sum();
        return new Box(x, MARGIN_TOP, width, height, paras);
    }

    private Box sourcesBox(SlideContent slide) {
        if (slide.sources().isEmpty()) {
            return null;
        }
        List<Piece> pieces = new ArrayList<>();
        pieces.add(new Piece(content.t("present.sources") + " ", true, SOURCES_SIZE, Tone.MUTED));
        pieces.add(new Piece(String.join("   ", slide.sources()), false, SOURCES_SIZE, Tone.MUTED));
        Para p = para(pieces, SOURCES_SIZE, Tone.MUTED, 0, false, contentWidth());
        float height = p.height();
        return new Box(MARGIN_X, STRIP_TOP - 4 - height, contentWidth(), height, List.of(p));
    }

    private List<Para> body(List<SlideBlock> blocks, float scale) {
        List<Para> out = new ArrayList<>();
        for (SlideBlock b : blocks) {
            Style style = Style.of(b.role());
            float size = style.size * scale;
            List<Piece> pieces = new ArrayList<>();
            if (!b.label().isEmpty()) {
                pieces.add(new Piece(b.label() + " ", true, size, style.tone));
            }
            pieces.addAll(withMark(new Piece(b.text(), style.bold, size, style.tone), b.mark()));
            float space = out.isEmpty() ? 0 : style.spaceBefore * scale;
            out.add(para(pieces, size, style.tone, space, b.role() == SlideBlock.Role.POINT, contentWidth(), b.role()));
        }
        return out;
    }

    /** The text, then its source mark, kept on the line of the word it follows by a no-break space. */
    private static List<Piece> withMark(Piece text, String mark) {
        if (mark.isEmpty()) {
            return List.of(text);
        }
        return List.of(text, new Piece("\u00A0" + mark, false, text.size() * 0.7f, Tone.MUTED));
    }

    private Para para(List<Piece> pieces, float size, Tone tone, float spaceBefore, boolean bullet, float width) {
        return para(pieces, size, tone, spaceBefore, bullet, width, null);
    }

    private Para para(List<Piece> pieces, float size, Tone tone, float spaceBefore, boolean bullet, float width,
                      SlideBlock.Role role) {
        List<Run> runs = new ArrayList<>();
        float indent = 0;
        if (bullet) {
            Run dot = Run.of("•  ", fonts.regular(), size);
            runs.add(dot);
            indent = dot.width();
        }
        for (Piece piece : pieces) {
            runs.add(Run.of(fonts.printable(piece.text()), piece.bold() ? fonts.bold() : fonts.regular(), piece.size()));
        }
        List<Line> lines = new LineBreaker(width * SLACK, size * LINE_FACTOR).wrap(runs, 0, indent);
        return new Para(pieces, size, tone, spaceBefore, bullet, indent, lines, role);
    }

    private static Para withSpace(Para p, float spaceBefore) {
        return new Para(p.pieces(), p.size(), p.tone(), spaceBefore, p.bullet(), p.indent(), p.lines(), p.role());
    }

    /** Part of a paragraph: its pieces rebuilt from the lines, so the slide program shows the same words. */
    private Para fromLines(Para p, List<Line> lines, float spaceBefore) {
        List<Piece> pieces = new ArrayList<>();
        boolean first = true;
        for (Line line : lines) {
            for (Run run : line.runs()) {
                if (p.bullet() && first && run.text().strip().equals("•")) {
                    first = false;
                    continue;
                }
                first = false;
                boolean bold = run.font() == fonts.bold();
                Tone tone = run.size() < p.size() ? Tone.MUTED : p.tone();
                pieces.add(new Piece(run.text(), bold, run.size(), tone));
            }
            if (!pieces.isEmpty()) {
                Piece last = pieces.get(pieces.size() - 1);
                pieces.set(pieces.size() - 1, new Piece(last.text() + " ", last.bold(), last.size(), last.tone()));
            }
        }
        boolean startsWithBullet = p.bullet() && !lines.isEmpty() && lines.get(0).indent() == 0;
        return new Para(pieces, p.size(), p.tone(), spaceBefore, startsWithBullet, p.indent(), lines, p.role());
    }

    /** A stretch of the body drawn as presentation mode marks it: the theme with a bar, the controversy on a tint. */
    public enum BandKind { THEME, CONTROVERSY }

    /** Where a band is, in points from the page's top-left; the writers draw it behind the text. */
    public record Band(BandKind kind, float x, float y, float width, float height) {
    }

    /** A run of body paragraphs of one kind (a band kind, or null for plain paragraphs) as a box of its own. */
    public record Group(BandKind kind, Box box) {
    }

    /**
     * The body split where its kind changes: the theme, plain paragraphs, the controversy with its
     * parties' lines. The PPTX puts each in a text box of its own at the place measured here, so a slide
     * program that wraps a little differently never moves the controversy off its panel.
     */
    public static List<Group> groups(Box body) {
        List<Group> out = new ArrayList<>();
        List<Para> current = new ArrayList<>();
        BandKind open = null;
        float y = body.y();
        float top = y;
        for (Para p : body.paras()) {
            BandKind kind = p.role() == null ? null : switch (p.role()) {
                case THEME_FIRST, THEME_SECOND, NOT_KNOWN -> BandKind.THEME;
                case CONTROVERSY -> BandKind.CONTROVERSY;
                case PARTY_LINE -> open == BandKind.CONTROVERSY ? BandKind.CONTROVERSY : null;
                default -> null;
            };
            if (!current.isEmpty() && (kind != open || p.role() == SlideBlock.Role.CONTROVERSY)) {
                out.add(group(open, body, top, current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                open = kind;
                top = y + p.spaceBefore();
                current.add(withSpace(p, 0));
            } else {
                current.add(p);
            }
            y += p.height();
        }
        if (!current.isEmpty()) {
            out.add(group(open, body, top, current));
        }
        return out;
    }

    private static Group group(BandKind kind, Box body, float top, List<Para> paras) {
        float height = (float) paras.stream().mapToDouble(Para::height).sum();
        return new Group(kind, new Box(body.x(), top, body.width(), height, paras));
    }

    /**
     * The bands of a body box: a bar beside the theme lines, and a tinted panel behind the controversy
     * and its parties' lines (as presentation mode shows them).
     */
    public static List<Band> bands(Box body) {
        List<Band> out = new ArrayList<>();
        for (Group g : groups(body)) {
            if (g.kind() != null) {
                out.add(band(g.kind(), body, g.box().y(), g.box().y() + g.box().height()));
            }
        }
        return out;
    }

    private static Band band(BandKind kind, Box body, float top, float bottom) {
        return kind == BandKind.THEME
                ? new Band(kind, body.x() - 14, top + 2, 4, bottom - top - 2)
                : new Band(kind, body.x() - 14, top - 5, body.width() + 22, bottom - top + 9);
    }

    /** Whether a run is set in the bold face, for the PDF writer. */
    public boolean isBold(PDFont font) {
        return font == fonts.bold();
    }

    /** The type of each kind of paragraph at scale 1, in points. */
    private record Style(float size, boolean bold, Tone tone, float spaceBefore) {
        static Style of(SlideBlock.Role role) {
            return switch (role) {
                case THEME_FIRST -> new Style(24, true, Tone.TEXT, 0);
                case THEME_SECOND -> new Style(18, false, Tone.TEXT, 2);
                case NOT_KNOWN -> new Style(20, false, Tone.TEXT, 0);
                case SECTION -> new Style(14, true, Tone.MUTED, 14);
                case POINT -> new Style(17, false, Tone.TEXT, 4);
                case CONTROVERSY -> new Style(17, true, Tone.TEXT, 14);
                case PARTY_LINE -> new Style(15, false, Tone.TEXT, 3);
                case SUMMARY -> new Style(19, false, Tone.TEXT, 4);
                case QUOTE -> new Style(28, false, Tone.TEXT, 24);
                case QUOTE_SOURCE -> new Style(18, false, Tone.MUTED, 14);
                case MESSAGE -> new Style(24, false, Tone.TEXT, 40);
            };
        }
    }
}
