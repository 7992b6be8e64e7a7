package org.wicexplorer.deck;

/**
 * One paragraph of a slide's body: what it is ({@code role}, which decides its type size and weight), an
 * optional bold lead-in such as "Critics · Reporters Without Borders:", the text itself, and the source
 * mark such as "[1,3]" that ties it to the slide's sources line (empty when none).
 */
public record SlideBlock(Role role, String label, String text, String mark) {

    public enum Role {
        /** The theme in the slide's language. */
        THEME_FIRST,
        /** The theme in the other language. */
        THEME_SECOND,
        /** A fact the sources do not give, said in plain words. */
        NOT_KNOWN,
        /** A small heading such as "Key points". */
        SECTION,
        /** A key point, with a bullet. */
        POINT,
        /** "Controversy: …" on an edition's slide. */
        CONTROVERSY,
        /** One party's view: the party and who, then the claim. */
        PARTY_LINE,
        /** A controversy's summary. */
        SUMMARY,
        /** A quote or a passage, in quotation marks. */
        QUOTE,
        /** Where a quote comes from. */
        QUOTE_SOURCE,
        /** A step the dataset cannot show. */
        MESSAGE
    }

    public SlideBlock {
        label = label == null ? "" : label;
        text = text == null ? "" : text;
        mark = mark == null ? "" : mark;
    }

    static SlideBlock of(Role role, String text, String mark) {
        return new SlideBlock(role, "", text, mark);
    }

    /** The block as one line of plain text: label, text and mark. */
    public String plain() {
        String s = label.isEmpty() ? text : label + " " + text;
        return mark.isEmpty() ? s : s + "\u00A0" + mark;
    }
}
