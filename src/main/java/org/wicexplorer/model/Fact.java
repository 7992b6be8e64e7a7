package org.wicexplorer.model;

import java.util.List;

/**
 * A statement in English and Chinese with the citations that support it, or a statement that the
 * value was looked for and not found ({@code unknown} holds the reason). Unknown is data, never a guess.
 */
public record Fact(String en, String zh, List<String> sources, String unknown) {

    public Fact {
        sources = ModelLists.copy(sources);
    }

    public static Fact of(String en, String zh, String... sources) {
        return new Fact(en, zh, List.of(sources), null);
    }

    public static Fact unknownBecause(String reason) {
        return new Fact(null, null, List.of(), reason);
    }

    public boolean isKnown() {
        return unknown == null;
    }

    public Text text() {
        return new Text(en, zh);
    }

    public String in(Language language) {
        return text().in(language);
    }
}
