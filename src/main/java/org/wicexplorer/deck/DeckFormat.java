package org.wicexplorer.deck;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two kinds of deck, told apart by the file name's extension. */
public enum DeckFormat {
    PPTX(".pptx"),
    PDF(".pdf");

    private final String extension;

    DeckFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name asks for, or empty when it ends in neither .pptx nor .pdf. */
    public static Optional<DeckFormat> of(Path file) {
        Path name = file == null ? null : file.getFileName();
        String s = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (DeckFormat f : values()) {
            if (s.endsWith(f.extension) && s.length() > f.extension.length()) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
