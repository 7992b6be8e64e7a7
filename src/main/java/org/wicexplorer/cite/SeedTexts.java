package org.wicexplorer.cite;

import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Citation;
import org.wicexplorer.text.ReadableText;
import org.wicexplorer.text.TextRange;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The readable (clean) text of each seed document, converted once and shared, so the reader, the
 * passage marks and the search index all speak of the same offsets.
 */
public final class SeedTexts {
    private final SeedLibrary library;
    private final Map<String, ReadableText> texts = new ConcurrentHashMap<>();

    public SeedTexts(SeedLibrary library) {
        this.library = library;
    }

    public SeedLibrary library() {
        return library;
    }

    public ReadableText of(String seed) {
        return texts.computeIfAbsent(seed, id -> ReadableText.of(library.text(id)));
    }

    /**
     * Where a seed citation's quote stands in the clean text. Empty for a web citation, a quote not
     * found, or a quote made only of markup.
     */
    public Optional<TextRange> locate(Citation citation) {
        if (!citation.isSeed() || library.document(citation.document()).isEmpty()) {
            return Optional.empty();
        }
        return library.locate(citation.document(), citation.quote())
                .map(raw -> of(citation.document()).toClean(new TextRange(raw.start(), raw.end())))
                .filter(r -> !r.isEmpty());
    }
}
