package org.wicexplorer.handout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lays an edition's blocks onto pages. Each edition starts a page. A block goes on the current page
 * when it and the notes for the sources it newly cites both fit; otherwise it starts the next page,
 * which is headed "(continued)". A heading stays with the block after it. A block taller than a whole
 * page is split between lines, its notes at the foot of the page it starts on.
 */
final class PageComposer {
    static final float NOTE_SIZE = 7;
    static final float MARKER_SIZE = 6.5f;
    static final float NOTE_GAP = 14;

    private final float width;
    private final float height;
    private final HandoutFonts fonts;
    private final Function<String, Note> noteOf;
    private final Function<Integer, String> sameSource;
    private final LineBreaker body;
    private final LineBreaker notes;
    private final Map<String, Optional<Note>> notesById = new HashMap<>();

    /**
     * What a citation's footnote says: where the quote is from ({@code source}, the same for every
     * citation of one source), the source's reference in the chosen style, and the words quoted.
     */
    record Note(String source, String reference, String quote) {
        String text() {
            return quote == null || quote.isBlank() ? reference : reference + " “" + quote.strip() + "”";
        }
    }

    /**
     * @param width    the text column's width
     * @param height   the text column's height, from the top margin to the bottom margin
     * @param noteOf     a citation id's footnote; null for an id the dataset does not hold
     * @param sameSource the words that stand for the reference of a source already noted on the page
     *                   under the given number ("Same source as [3].")
     */
    PageComposer(float width, float height, HandoutFonts fonts, Function<String, Note> noteOf,
                 Function<Integer, String> sameSource) {
        this.width = width;
        this.height = height;
        this.fonts = fonts;
        this.noteOf = noteOf;
        this.sameSource = sameSource;
        this.body = new LineBreaker(width, 0);
        this.notes = new LineBreaker(width, NOTE_SIZE * 1.3f);
    }

    List<HandoutPage> compose(String editionId, List<Block> blocks, Block continued) {
        List<HandoutPage> pages = new ArrayList<>();
        HandoutPage page = new HandoutPage(editionId);
        pages.add(page);
        boolean fresh = true;
        for (int i = 0; i < blocks.size(); ) {
            int end = i;
            while (end < blocks.size() - 1 && blocks.get(end).keepWithNext()) {
                end++;
            }
            List<Block> unit = blocks.subList(i, end + 1);
            Placement placement = place(page, unit, fresh);
            if (!fits(page, placement) && !fresh) {
                page = new HandoutPage(editionId);
                pages.add(page);
                fresh = true;
                apply(page, place(page, List.of(continued), true));
                placement = place(page, unit, false);
            }
            if (fits(page, placement)) {
                apply(page, placement);
            } else {
                page = split(pages, page, placement, continued);
            }
            fresh = false;
            i = end + 1;
        }
        return pages;
    }

    private record Placement(List<Line> lines, float bodyHeight, List<Line> notes, float notesHeight,
                             Map<String, Integer> numbers) {
    }

    /** A citation's note, asked once: formatting a reference in a CSL style is not free. */
    private Note note(String id) {
        return notesById.computeIfAbsent(id, k -> Optional.ofNullable(noteOf.apply(k))).orElse(null);
    }

    private Placement place(HandoutPage page, List<Block> unit, boolean fresh) {
        Map<String, Integer> numbers = new LinkedHashMap<>(page.numbers);
        // Two citations with the same source and the same quote are one note, under one number; a
        // further quote from a source already noted on the page refers to that note instead of
        // repeating the whole reference.
        Map<String, Integer> byText = new HashMap<>();
        Map<String, Integer> bySource = new HashMap<>();
        numbers.forEach((id, n) -> {
            byText.putIfAbsent(note(id).text(), n);
            bySource.putIfAbsent(note(id).source(), n);
        });
        List<Line> lines = new ArrayList<>();
        List<Line> newNotes = new ArrayList<>();
        float notesHeight = 0;
        for (Block block : unit) {
            List<Run> runs = new ArrayList<>(block.runs());
            List<Integer> marks = new ArrayList<>();
            for (String id : block.sources()) {
                Note note = note(id);
                if (note == null) {
                    continue;
                }
                String text = note.text();
                Integer n = numbers.get(id);
                if (n == null && byText.containsKey(text)) {
                    n = byText.get(text);
                    numbers.put(id, n);
                }
                if (n == null) {
                    n = byText.size() + 1;
                    numbers.put(id, n);
                    byText.put(text, n);
                    Integer earlier = bySource.putIfAbsent(note.source(), n);
                    String shown = earlier == null ? text
                            : new Note(note.source(), sameSource.apply(earlier), note.quote()).text();
                    for (Line l : notes.wrap(List.of(Run.of(fonts.printable("[" + n + "] " + shown),
                            fonts.regular(), NOTE_SIZE)), 0, 9)) {
                        newNotes.add(l);
                        notesHeight += l.height();
                    }
                }
                if (!marks.contains(n)) {
                    marks.add(n);
                }
            }
            if (!marks.isEmpty()) {
                // In ascending order, as a reader looks them up; LineBreaker keeps the mark with the word before it.
                marks.sort(null);
                runs.add(new Run(" [" + String.join(",", marks.stream().map(String::valueOf).toList()) + "]",
                        fonts.regular(), MARKER_SIZE, 3));
            }
            List<Line> wrapped = body.wrap(runs, block.indent(), block.hangingIndent());
            if (!wrapped.isEmpty()) {
                Line first = wrapped.get(0);
                wrapped.set(0, new Line(first.runs(), first.indent(), first.height()
                        + (fresh && lines.isEmpty() && page.body.isEmpty() ? 0 : block.spaceBefore())));
            }
            lines.addAll(wrapped);
        }
        float bodyHeight = (float) lines.stream().mapToDouble(Line::height).sum();
        return new Placement(lines, bodyHeight, newNotes, notesHeight, numbers);
    }

    private boolean fits(HandoutPage page, Placement p) {
        float notesTotal = page.notesHeight + p.notesHeight();
        float gap = notesTotal > 0 ? NOTE_GAP : 0;
        return page.bodyHeight + p.bodyHeight() + gap + notesTotal <= height;
    }

    private void apply(HandoutPage page, Placement p) {
        page.body.addAll(p.lines());
        page.bodyHeight += p.bodyHeight();
        page.notes.addAll(p.notes());
        page.notesHeight += p.notesHeight();
        page.numbers.putAll(p.numbers());
    }

    /** A block that fits on no page by itself: its notes on this page, its lines as far as they go. */
    private HandoutPage split(List<HandoutPage> pages, HandoutPage page, Placement p, Block continued) {
        page.notes.addAll(p.notes());
        page.notesHeight += p.notesHeight();
        page.numbers.putAll(p.numbers());
        for (Line line : p.lines()) {
            float gap = page.notesHeight > 0 ? NOTE_GAP : 0;
            if (page.bodyHeight + line.height() + gap + page.notesHeight > height && !page.body.isEmpty()) {
                page = new HandoutPage(page.editionId);
                pages.add(page);
                apply(page, place(page, List.of(continued), true));
            }
            page.body.add(line);
            page.bodyHeight += line.height();
        }
        return page;
    }
}
