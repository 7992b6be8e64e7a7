package org.wicexplorer.deck;

import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Language;
import org.wicexplorer.tour.Tour;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;

/** Writes a tour as a deck, PPTX or PDF slides as the file's name says; the window and the command line both use it. */
public final class DeckWriter {
    private final DeckContent content;

    public DeckWriter(Dataset dataset, SeedLibrary seeds, Language language) {
        this.content = new DeckContent(dataset, seeds, language);
    }

    /** What was written: the format and the number of slides. */
    public record Result(DeckFormat format, int slides) {
    }

    /**
     * @throws IllegalArgumentException when the name ends in neither .pptx nor .pdf, or the tour is empty
     */
    public Result write(Tour tour, Path file, DoubleConsumer progress) throws IOException {
        DeckFormat format = DeckFormat.of(file).orElseThrow(() -> new IllegalArgumentException(
                content.t("deck.needsExtension")));
        if (tour.isEmpty()) {
            throw new IllegalArgumentException(content.t("deck.emptyTour"));
        }
        int slides = switch (format) {
            case PPTX -> new PptxDeckWriter(content).write(tour, file, progress);
            case PDF -> new PdfDeckWriter(content).write(tour, file, progress);
        };
        return new Result(format, slides);
    }
}
